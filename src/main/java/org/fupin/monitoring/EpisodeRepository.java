package org.fupin.monitoring;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupin.monitoring.domain.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of episodes and their clues (the caller owns the transaction; row-level security limits the rows). */
@Repository
class EpisodeRepository {

    private final JdbcClient jdbc;

    EpisodeRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    Optional<Long> householdId(String village, String number) {
        return jdbc.sql("""
                select id from household where village_code = :village and household_number = :number
                order by year desc limit 1
                """).param("village", village).param("number", number).query(Long.class).optional();
    }

    /** The household as the registry last recorded it: its year, head's name and size. */
    record Registered(int year, String headName, int members) {}

    Optional<Registered> registered(String village, String number) {
        return jdbc.sql("""
                select h.year, coalesce((select p.name from person p
                                         where p.county_code = h.county_code and p.household_id = h.id
                                         order by p.relationship = '01' desc, p.position limit 1), '') as head_name,
                       h.member_count as members
                from household h where h.village_code = :village and h.household_number = :number
                  and h.county_code = left(:village, 6)
                order by h.year desc limit 1
                """).param("village", village).param("number", number).query(Registered.class).optional();
    }

    Optional<Long> openEpisode(String village, String number) {
        return jdbc.sql("""
                select id from monitoring_episode where village_code = :village and household_number = :number
                and status in ('IDENTIFYING', 'MONITORED')
                """).param("village", village).param("number", number).query(Long.class).optional();
    }

    Optional<Long> latestEpisode(String village, String number) {
        return jdbc.sql("""
                select id from monitoring_episode where village_code = :village and household_number = :number
                order by clue_on desc, id desc limit 1
                """).param("village", village).param("number", number).query(Long.class).optional();
    }

    long insertEpisode(Views.ClueInput c, Long householdId, Long previous, String actor) {
        return jdbc.sql("""
                insert into monitoring_episode (county_code, village_code, household_number, household_id, head_name,
                    member_count, year, risk_types, status, clue_on, previous_episode_id, opened_by)
                values (left(:village, 6), :village, :number, :household, :head, :members, :year, array[:risk],
                    'IDENTIFYING', :clueOn, :previous, :actor) returning id
                """).param("village", c.villageCode()).param("number", c.householdNumber())
                .param("household", householdId).param("head", c.headName()).param("members", c.memberCount())
                .param("year", c.receivedOn().getYear()).param("risk", c.riskType()).param("clueOn", c.receivedOn())
                .param("previous", previous).param("actor", actor).query(Long.class).single();
    }

    void insertClue(long episode, Views.ClueInput c, String fileName, Integer rowNo, String actor) {
        jdbc.sql("""
                insert into monitoring_clue (county_code, village_code, household_number, head_name, channel,
                    department, risk_type, received_on, amount, detail, file_name, row_no, episode_id, recorded_by)
                values (left(:village, 6), :village, :number, :head, :channel, :department, :risk, :on, :amount,
                    :detail, :file, :row, :episode, :actor)
                """).param("village", c.villageCode()).param("number", c.householdNumber())
                .param("head", c.headName()).param("channel", c.channel().name())
                .param("department", c.department() == null ? "" : c.department()).param("risk", c.riskType())
                .param("on", c.receivedOn()).param("amount", c.amount())
                .param("detail", c.detail() == null ? "" : c.detail()).param("file", fileName == null ? "" : fileName)
                .param("row", rowNo).param("episode", episode).param("actor", actor).update();
    }

    void addRiskType(long episode, String riskType) {
        jdbc.sql("""
                update monitoring_episode set risk_types = array_append(risk_types, :risk)
                where id = :id and not (:risk = any (risk_types))
                """).param("risk", riskType).param("id", episode).update();
    }

    List<String> riskTypes() {
        return jdbc.sql("select code from monitoring_risk_type order by sort_order").query(String.class).list();
    }

    Map<String, Boolean> measureKinds() {
        Map<String, Boolean> kinds = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, developmental from monitoring_measure_kind order by sort_order")
                .query(rs -> { kinds.put(rs.getString(1), rs.getBoolean(2)); });
        return kinds;
    }

    Optional<Views.Episode> find(long id) {
        return jdbc.sql("select * from monitoring_episode where id = :id").param("id", id)
                .query((rs, n) -> episode(rs)).optional();
    }

    List<Views.Episode> episodes(String low, String high) {
        return jdbc.sql("""
                select * from monitoring_episode where village_code between :low and :high
                order by village_code, household_number, id
                """).param("low", low).param("high", high).query((rs, n) -> episode(rs)).list();
    }

    List<Views.Episode> history(String village, String number) {
        return jdbc.sql("""
                select * from monitoring_episode where village_code = :village and household_number = :number
                order by clue_on, id
                """).param("village", village).param("number", number).query((rs, n) -> episode(rs)).list();
    }

    List<Views.Clue> clues(long episode) {
        return jdbc.sql("select * from monitoring_clue where episode_id = :id order by received_on, id")
                .param("id", episode).query((rs, n) -> new Views.Clue(rs.getLong("id"), rs.getString("channel"),
                        rs.getString("department"), rs.getString("risk_type"), date(rs, "received_on"),
                        rs.getBigDecimal("amount"), rs.getString("detail"), rs.getString("file_name"),
                        (Integer) rs.getObject("row_no"))).list();
    }

    /** Clue channels of every episode in the range (episode id → channels). */
    Map<Long, List<String>> channels(String low, String high) {
        Map<Long, List<String>> channels = new HashMap<>();
        jdbc.sql("""
                select episode_id, channel from monitoring_clue where village_code between :low and :high
                order by received_on, id
                """).param("low", low).param("high", high).query(rs -> {
                    channels.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return channels;
    }

    void updateVisit(long id, Views.VisitInput v) {
        jdbc.sql("""
                update monitoring_episode set exited = :exited, has_labour = :labour, income_per_capita = :income,
                    rigid_expenditure = :rigid, risk_types = :risks where id = :id
                """).param("exited", v.exited()).param("labour", v.hasLabour()).param("income", v.incomePerCapita())
                .param("rigid", v.rigidExpenditure()).param("risks", v.riskTypes().toArray(String[]::new))
                .param("id", id).update();
    }

    void setNotice(long id, String column, long noticeId) {
        String sql = "ELIMINATION".equals(column)
                ? "update monitoring_episode set elimination_notice_id = :notice where id = :id"
                : "update monitoring_episode set notice_id = :notice where id = :id";
        jdbc.sql(sql).param("notice", noticeId).param("id", id).update();
    }

    void decide(long id, Views.Status status, Category category, LocalDate decidedOn) {
        jdbc.sql("""
                update monitoring_episode set status = :status, category = :category, decided_on = :on,
                    identified_on = case when :status = 'MONITORED' then :on end where id = :id
                """).param("status", status.name()).param("category", category == null ? null : category.name())
                .param("on", decidedOn).param("id", id).update();
    }

    void eliminate(long id, LocalDate on, String method) {
        jdbc.sql("""
                update monitoring_episode set status = 'ELIMINATED', eliminated_on = :on, elimination_method = :method
                where id = :id
                """).param("on", on).param("method", method).param("id", id).update();
    }

    private static Views.Episode episode(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new Views.Episode(rs.getLong("id"), rs.getString("village_code"), rs.getString("household_number"),
                (Long) rs.getObject("household_id"), rs.getString("head_name"), rs.getInt("member_count"),
                rs.getInt("year"), (Boolean) rs.getObject("exited"), (Boolean) rs.getObject("has_labour"),
                rs.getBigDecimal("income_per_capita"), rs.getBigDecimal("rigid_expenditure"),
                category == null ? null : Category.valueOf(category), strings(rs.getArray("risk_types")),
                Views.Status.valueOf(rs.getString("status")), date(rs, "clue_on"), date(rs, "decided_on"),
                date(rs, "identified_on"), date(rs, "eliminated_on"), rs.getString("elimination_method"),
                (Long) rs.getObject("notice_id"), (Long) rs.getObject("elimination_notice_id"),
                (Long) rs.getObject("previous_episode_id"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
