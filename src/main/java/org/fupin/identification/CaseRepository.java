package org.fupin.identification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** identification_case, identification_step and identification_attachment. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    long insert(CaseRecord c) {
        return jdbc.sql("""
                insert into identification_case (county_code, kind, village_code, year, household_id,
                    household_number, head_name,
                    member_count, attribute, cause, status, step_started_on, opened_by)
                values (left(:village, 6), :kind, :village, :year, :household, :number, :head, :members, :attribute,
                    :cause, :status,
                    :started, :actor) returning id
                """).param("kind", c.kind().name()).param("village", c.villageCode()).param("year", c.year())
                .param("household", c.householdId()).param("number", c.householdNumber()).param("head", c.headName())
                .param("members", c.memberCount()).param("attribute", c.attribute()).param("cause", c.cause())
                .param("status", c.status()).param("started", c.stepStartedOn()).param("actor", c.openedBy())
                .query(Long.class).single();
    }

    boolean hasOpenCase(long householdId, CaseKind kind) {
        return openCaseOf(householdId, kind).isPresent();
    }

    /** The household's open case of that kind (at most one: a unique index), if any. */
    Optional<Long> openCaseOf(long householdId, CaseKind kind) {
        return jdbc.sql("""
                select id from identification_case where household_id = :household and kind = :kind
                  and status not in ('REGISTERED', 'DEREGISTERED', 'REMOVED', 'REJECTED')
                """).param("household", householdId).param("kind", kind.name()).query(Long.class).optional();
    }

    Optional<CaseRecord> find(long id, String low, String high) {
        return jdbc.sql("select * from identification_case where id = :id and village_code between :low and :high")
                .param("id", id).param("low", low).param("high", high)
                .query((rs, n) -> caseRecord(rs, steps(rs.getLong("id")))).optional();
    }

    /** Cases of the region range, optionally of one kind and year, newest first (at most {@code limit}). */
    List<CaseRecord> list(String low, String high, String kind, Integer year, int limit) {
        return jdbc.sql("""
                select * from identification_case
                where village_code between :low and :high and (cast(:kind as text) is null or kind = :kind)
                  and (cast(:year as int) is null or year = :year)
                order by id desc limit :limit
                """).param("low", low).param("high", high).param("kind", kind).param("year", year).param("limit", limit)
                .query((rs, n) -> caseRecord(rs, List.of())).list().stream()
                .map(c -> withSteps(c, steps(c.id()))).toList();
    }

    List<CaseRecord.StepRecord> steps(long caseId) {
        return jdbc.sql("select * from identification_step where case_id = :id order by decided_on, id")
                .param("id", caseId).query((rs, n) -> new CaseRecord.StepRecord(rs.getString("step"),
                        rs.getString("outcome"), date(rs, "decided_on"), rs.getString("actor"), rs.getString("actor_role"),
                        rs.getString("comment"), meeting(rs), (Long) rs.getObject("notice_id"),
                        rs.getString("backdate_reason"))).list();
    }

    void insertStep(CaseRecord c, CaseRecord.StepRecord s) {
        Meeting m = s.meeting();
        jdbc.sql("""
                insert into identification_step (county_code, case_id, village_code, step, outcome, decided_on,
                    actor, actor_role,
                    comment, meeting_date, attendance, votes_for, votes_against, notice_id, backdate_reason)
                values (left(:village, 6), :case, :village, :step, :outcome, :on, :actor, :role, :comment,
                    :meetingDate, :attendance,
                    :votesFor, :votesAgainst, :notice, :backdateReason)
                """).param("case", c.id()).param("village", c.villageCode()).param("step", s.step())
                .param("outcome", s.outcome()).param("on", s.decidedOn()).param("actor", s.actor())
                .param("role", s.actorRole()).param("comment", s.comment())
                .param("meetingDate", m == null ? null : m.date()).param("attendance", m == null ? null : m.attendance())
                .param("votesFor", m == null ? null : m.votesFor()).param("votesAgainst", m == null ? null : m.votesAgainst())
                .param("notice", s.noticeId()).param("backdateReason", s.backdateReason()).update();
    }

    void moveTo(long caseId, String status, LocalDate startedOn, Boolean foodAndClothing) {
        jdbc.sql("""
                update identification_case set status = :status, step_started_on = :started, notice_id = null,
                    food_and_clothing = coalesce(:food, food_and_clothing)
                where id = :id
                """).param("status", status).param("started", startedOn).param("food", foodAndClothing)
                .param("id", caseId).update();
    }

    void linkNotice(long caseId, long noticeId) {
        jdbc.sql("update identification_case set notice_id = :notice where id = :id").param("notice", noticeId)
                .param("id", caseId).update();
    }

    long insertAttachment(CaseRecord c, String fileName, String contentType, byte[] content, String actor) {
        return jdbc.sql("""
                insert into identification_attachment (county_code, case_id, village_code, step, file_name,
                    content_type, content,
                    uploaded_by)
                values (left(:village, 6), :case, :village, :step, :name, :type, :content, :actor) returning id
                """).param("case", c.id()).param("village", c.villageCode()).param("step", c.status())
                .param("name", fileName).param("type", contentType).param("content", content).param("actor", actor)
                .query(Long.class).single();
    }

    List<CaseRecord.Attachment> attachments(long caseId) {
        return jdbc.sql("""
                select id, step, file_name, content_type, length(content) as size, uploaded_by
                from identification_attachment where case_id = :id order by id
                """).param("id", caseId).query((rs, n) -> new CaseRecord.Attachment(rs.getLong("id"),
                rs.getString("step"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getString("uploaded_by"))).list();
    }

    Optional<byte[]> attachment(long caseId, long attachmentId) {
        return jdbc.sql("select content from identification_attachment where id = :id and case_id = :case")
                .param("id", attachmentId).param("case", caseId).query(byte[].class).optional();
    }

    private static CaseRecord caseRecord(ResultSet rs, List<CaseRecord.StepRecord> steps) throws SQLException {
        return new CaseRecord(rs.getLong("id"), CaseKind.valueOf(rs.getString("kind")), rs.getString("village_code"),
                rs.getInt("year"), rs.getLong("household_id"), rs.getString("household_number"),
                rs.getString("head_name"), rs.getInt("member_count"), rs.getString("attribute"), rs.getString("cause"),
                rs.getString("status"), date(rs, "step_started_on"), (Long) rs.getObject("notice_id"),
                (Boolean) rs.getObject("food_and_clothing"), rs.getString("opened_by"), steps);
    }

    private static CaseRecord withSteps(CaseRecord c, List<CaseRecord.StepRecord> steps) {
        return new CaseRecord(c.id(), c.kind(), c.villageCode(), c.year(), c.householdId(), c.householdNumber(),
                c.headName(), c.memberCount(), c.attribute(), c.cause(), c.status(), c.stepStartedOn(), c.noticeId(),
                c.foodAndClothing(), c.openedBy(), steps);
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        LocalDate date = date(rs, "meeting_date");
        return date == null ? null : new Meeting(date, rs.getInt("attendance"), rs.getInt("votes_for"),
                rs.getInt("votes_against"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
