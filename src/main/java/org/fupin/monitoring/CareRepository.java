package org.fupin.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.monitoring.domain.Procedure;
import org.fupin.monitoring.domain.Timeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of procedure steps, help measures and follow-up visits of episodes. */
@Repository
class CareRepository {

    private final JdbcClient jdbc;

    CareRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    void insertStep(Views.Episode e, Procedure.Step step, String outcome, java.time.LocalDate on, List<String> visitors,
                    Boolean consent, Long noticeId, String comment, String actor) {
        jdbc.sql("""
                insert into monitoring_step (county_code, episode_id, village_code, step, outcome, done_on, visitors,
                    visitor_count,
                    consent, notice_id, comment, actor)
                values (left(:village, 6), :episode, :village, :step, :outcome, :on, :visitors, :count, :consent,
                    :notice, :comment, :actor)
                """).param("episode", e.id()).param("village", e.villageCode()).param("step", step.name())
                .param("outcome", outcome).param("on", on)
                .param("visitors", visitors == null ? "" : String.join(", ", visitors))
                .param("count", visitors == null ? null : visitors.size()).param("consent", consent)
                .param("notice", noticeId).param("comment", comment == null ? "" : comment.strip())
                .param("actor", actor).update();
    }

    List<Views.Step> steps(long episode) {
        return jdbc.sql("select * from monitoring_step where episode_id = :id order by id").param("id", episode)
                .query((rs, n) -> new Views.Step(rs.getString("step"), rs.getString("outcome"),
                        EpisodeRepository.date(rs, "done_on"), rs.getString("visitors"),
                        (Integer) rs.getObject("visitor_count"), (Boolean) rs.getObject("consent"),
                        (Long) rs.getObject("notice_id"), rs.getString("comment"), rs.getString("actor"))).list();
    }

    long insertMeasure(Views.Episode e, String kind, java.time.LocalDate on, String description, String actor) {
        return jdbc.sql("""
                insert into monitoring_measure (county_code, episode_id, village_code, kind, started_on, description,
                    actor)
                values (left(:village, 6), :episode, :village, :kind, :on, :description, :actor) returning id
                """).param("episode", e.id()).param("village", e.villageCode()).param("kind", kind).param("on", on)
                .param("description", description == null ? "" : description.strip()).param("actor", actor)
                .query(Long.class).single();
    }

    List<Views.Measure> measures(long episode) {
        return jdbc.sql("""
                select m.*, k.developmental from monitoring_measure m join monitoring_measure_kind k on k.code = m.kind
                where m.episode_id = :id order by m.started_on, m.id
                """).param("id", episode).query((rs, n) -> new Views.Measure(rs.getLong("id"), rs.getString("kind"),
                        rs.getBoolean("developmental"), EpisodeRepository.date(rs, "started_on"),
                        rs.getString("description"))).list();
    }

    /** The measures of every episode in the range, as the deadline rule sees them. */
    Map<Long, List<Timeliness.Measure>> measures(String low, String high) {
        Map<Long, List<Timeliness.Measure>> measures = new HashMap<>();
        jdbc.sql("""
                select m.episode_id, m.started_on, k.developmental from monitoring_measure m
                join monitoring_measure_kind k on k.code = m.kind where m.village_code between :low and :high
                """).param("low", low).param("high", high).query(rs -> {
                    measures.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new Timeliness.Measure(rs.getDate(2).toLocalDate(), rs.getBoolean(3)));
                });
        return measures;
    }

    long insertFollowUp(Views.Episode e, Views.FollowUpInput f, String actor) {
        return jdbc.sql("""
                insert into monitoring_follow_up (county_code, episode_id, village_code, visited_on,
                    income_per_capita, rigid_resolved,
                    guarantees_secure, water_secure, note, actor)
                values (left(:village, 6), :episode, :village, :on, :income, :rigid, :guarantees, :water, :note,
                    :actor) returning id
                """).param("episode", e.id()).param("village", e.villageCode()).param("on", f.visitedOn())
                .param("income", f.incomePerCapita()).param("rigid", f.rigidResolved())
                .param("guarantees", f.guaranteesSecure()).param("water", f.waterSecure())
                .param("note", f.note() == null ? "" : f.note().strip()).param("actor", actor)
                .query(Long.class).single();
    }

    List<Views.FollowUp> followUps(long episode) {
        return jdbc.sql("select * from monitoring_follow_up where episode_id = :id order by visited_on, id")
                .param("id", episode).query((rs, n) -> new Views.FollowUp(rs.getLong("id"),
                        EpisodeRepository.date(rs, "visited_on"), rs.getBigDecimal("income_per_capita"),
                        rs.getBoolean("rigid_resolved"), rs.getBoolean("guarantees_secure"),
                        rs.getBoolean("water_secure"), rs.getString("note"))).list();
    }
}
