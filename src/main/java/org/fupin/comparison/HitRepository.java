package org.fupin.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hits, their evidence and the case requests; every query passes row-level security on the village. */
@Repository
class HitRepository {

    private static final String HIT_SELECT = """
            select h.id, h.run_id, h.year, h.village_code, h.household_number, h.household_id, h.person_name,
                   h.person_id_masked, h.rule_code, h.consequence, b.list_type, b.department, b.as_of,
                   h.without_consent, h.status
            from comparison_hit h
            join external_record e on e.id = h.record_id
            join external_batch b on b.id = e.batch_id
            """;

    private final JdbcClient jdbc;

    HitRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<Views.Hit> queue(String prefix, String status, int limit) {
        return jdbc.sql(HIT_SELECT + """
                where h.village_code like :prefix || '%' and (cast(:status as text) is null or h.status = :status)
                order by h.village_code, h.household_number, h.id limit :limit
                """).param("prefix", prefix).param("status", status).param("limit", limit)
                .query((rs, n) -> hit(rs)).list();
    }

    long pending(String prefix) {
        return jdbc.sql("select count(*) from comparison_hit where village_code like :prefix || '%' and status = 'PENDING'")
                .param("prefix", prefix).query(Long.class).single();
    }

    List<Views.Hit> ofRun(long runId) {
        return jdbc.sql(HIT_SELECT + " where h.run_id = :run order by h.village_code, h.household_number, h.id")
                .param("run", runId).query((rs, n) -> hit(rs)).list();
    }

    Optional<Views.HitDetail> detail(long id) {
        return jdbc.sql(HIT_SELECT.replace("select h.id,", "select h.reviewed_by, h.reviewed_at, h.review_note, h.record_id, "
                        + "(select q.id from comparison_case_request q where q.hit_id = h.id) as request_id, h.id,")
                        + " where h.id = :id")
                .param("id", id).query((rs, n) -> new Views.HitDetail(hit(rs), evidence(rs.getLong("record_id")),
                        rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("review_note"),
                        (Long) rs.getObject("request_id"))).optional();
    }

    Views.Evidence evidence(long recordId) {
        return jdbc.sql("""
                select e.id, e.batch_id, b.list_type, b.department, b.as_of, b.file_name, e.row_no, e.id_masked,
                       e.legacy_form, e.name, e.category, e.status, e.amount, e.area, e.event_date, e.detail
                from external_record e join external_batch b on b.id = e.batch_id where e.id = :id
                """).param("id", recordId).query((rs, n) -> new Views.Evidence(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getInt(7),
                        rs.getString(8), rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getBigDecimal(13), rs.getBigDecimal(14),
                        rs.getDate(15) == null ? null : rs.getDate(15).toLocalDate(), rs.getString(16))).single();
    }

    /** Records the decision only while the hit is still pending; answers whether it did. */
    boolean decide(long id, String status, String actor, String note) {
        return jdbc.sql("""
                update comparison_hit set status = :status, reviewed_by = :actor, reviewed_at = now(), review_note = :note
                where id = :id and status = 'PENDING'
                """).param("status", status).param("actor", actor).param("note", note).param("id", id).update() == 1;
    }

    long requestCase(Views.Hit hit, String kind, String evidence, String actor) {
        return jdbc.sql("""
                insert into comparison_case_request (hit_id, kind, year, county_code, household_number, household_id,
                    village_code, person_hash, evidence, requested_by)
                select id, :kind, year, county_code, household_number, household_id, village_code, person_hash,
                       :evidence, :actor
                from comparison_hit where id = :id returning id
                """).param("kind", kind).param("evidence", evidence).param("actor", actor).param("id", hit.id())
                .query(Long.class).single();
    }

    /** Marks an open hand-off request taken by the procedure that acted on it; false when it was not open. */
    boolean take(long requestId) {
        return jdbc.sql("update comparison_case_request set status = 'TAKEN' where id = :id and status = 'OPEN'")
                .param("id", requestId).update() == 1;
    }

    List<Views.CaseRequest> caseRequests(String prefix) {
        return jdbc.sql("""
                select id, hit_id, kind, year, village_code, household_number, household_id, evidence, status,
                       requested_by, requested_at
                from comparison_case_request where village_code like :prefix || '%' order by id
                """).param("prefix", prefix).query((rs, n) -> new Views.CaseRequest(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), instant(rs.getTimestamp(11)))).list();
    }

    private static Views.Hit hit(ResultSet rs) throws SQLException {
        return new Views.Hit(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("year"), rs.getString("village_code"),
                rs.getString("household_number"), rs.getLong("household_id"), rs.getString("person_name"),
                rs.getString("person_id_masked"), rs.getString("rule_code"), rs.getString("consequence"),
                rs.getString("list_type"), rs.getString("department"), rs.getDate("as_of").toLocalDate(),
                rs.getBoolean("without_consent"), rs.getString("status"));
    }

    static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
