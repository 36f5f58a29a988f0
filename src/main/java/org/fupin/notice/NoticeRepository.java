package org.fupin.notice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.notice.domain.NoticePeriod;
import org.fupin.notice.domain.Objection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice tables; every query also filters on the caller's region range (row-level security does too). */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    long insert(NoticeDraft draft, String actor) {
        return jdbc.sql("""
                insert into public_notice (county_code, kind, village_code, title, start_date, end_date,
                    required_days, place, created_by)
                values (left(:region, 6), :kind, :region, :title, :start, :end, :required, :place, :actor) returning id
                """).param("kind", draft.kind().name()).param("region", draft.regionCode()).param("title", draft.title())
                .param("start", draft.period().start()).param("end", draft.period().end())
                .param("required", draft.requiredDays()).param("place", draft.place()).param("actor", actor)
                .query(Long.class).single();
    }

    void insertEntry(long noticeId, String regionCode, int position, NoticeEntry e) {
        jdbc.sql("""
                insert into public_notice_entry (county_code, notice_id, village_code, position, household_id,
                    household_number,
                                                 head_name, member_count, attribute, cause, note)
                values (left(:region, 6), :notice, :region, :position, :household, :number, :head, :members,
                    :attribute, :cause, :note)
                """).param("notice", noticeId).param("region", regionCode).param("position", position)
                .param("household", e.householdId()).param("number", e.householdNumber()).param("head", e.headName())
                .param("members", e.memberCount()).param("attribute", e.attribute()).param("cause", e.cause())
                .param("note", e.note()).update();
    }

    record Header(long id, NoticeKind kind, String regionCode, String title, NoticePeriod period, int requiredDays,
                  String place, LocalDate postedOn, String postedBy, String evidence, String createdBy, int version) {}

    Optional<Header> find(long id, String low, String high) {
        return jdbc.sql("""
                select * from public_notice where id = :id and village_code between :low and :high
                """).param("id", id).param("low", low).param("high", high).query(NoticeRepository::header).optional();
    }

    List<Header> list(String low, String high, String kind) {
        return jdbc.sql("""
                select * from public_notice
                where village_code between :low and :high and (cast(:kind as text) is null or kind = :kind)
                order by start_date desc, id desc limit 500
                """).param("low", low).param("high", high).param("kind", kind).query(NoticeRepository::header).list();
    }

    List<NoticeEntry> entries(long noticeId) {
        return jdbc.sql("select * from public_notice_entry where notice_id = :id order by position")
                .param("id", noticeId).query((rs, n) -> new NoticeEntry((Long) rs.getObject("household_id"),
                        rs.getString("household_number"), rs.getString("head_name"), rs.getInt("member_count"),
                        rs.getString("attribute"), rs.getString("cause"), rs.getString("note"))).list();
    }

    List<Objection> objections(long noticeId) {
        return jdbc.sql("select * from public_notice_objection where notice_id = :id order by received_on, id")
                .param("id", noticeId).query((rs, n) -> new Objection(rs.getLong("id"), rs.getString("objector"),
                        rs.getString("household_number"), rs.getString("content"), date(rs, "received_on"),
                        rs.getString("outcome"), date(rs, "resolved_on"))).list();
    }

    List<Notice.EvidenceFile> files(long noticeId) {
        return jdbc.sql("""
                select id, file_name, content_type, length(content) as size, uploaded_by from public_notice_file
                where notice_id = :id order by id
                """).param("id", noticeId).query((rs, n) -> new Notice.EvidenceFile(rs.getLong("id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("uploaded_by")))
                .list();
    }

    /**
     * Records the posting; with {@code seen} (optimistic locking, ADR 0031) only while the notice has that version,
     * or, for NONE, while no posting is recorded. Answers whether it was written.
     */
    boolean recordPosting(long id, LocalDate postedOn, String place, String evidence, String actor,
                          org.fupin.kernel.Seen seen) {
        return jdbc.sql("""
                update public_notice set posted_on = :on, place = :place, evidence = :evidence, posted_by = :actor,
                    version = version + 1
                where id = :id and (not :check or version = :seen or (cast(:seen as integer) is null and posted_on is null))
                """).param("on", postedOn).param("place", place).param("evidence", evidence).param("actor", actor)
                .param("id", id).param("check", seen != null)
                .param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER).update() == 1;
    }

    long insertObjection(long noticeId, String regionCode, String objector, String subject, String content,
                         LocalDate receivedOn, String actor) {
        return jdbc.sql("""
                insert into public_notice_objection (county_code, notice_id, village_code, objector,
                    household_number, content,
                                                     received_on, received_by)
                values (left(:region, 6), :notice, :region, :objector, :subject, :content, :on, :actor) returning id
                """).param("notice", noticeId).param("region", regionCode).param("objector", objector)
                .param("subject", subject).param("content", content).param("on", receivedOn).param("actor", actor)
                .query(Long.class).single();
    }

    Optional<Long> noticeOfObjection(long objectionId) {
        return jdbc.sql("select notice_id from public_notice_objection where id = :id").param("id", objectionId)
                .query(Long.class).optional();
    }

    void resolveObjection(long objectionId, String outcome, LocalDate resolvedOn, String actor) {
        jdbc.sql("""
                update public_notice_objection set outcome = :outcome, resolved_on = :on, resolved_by = :actor
                where id = :id
                """).param("outcome", outcome).param("on", resolvedOn).param("actor", actor).param("id", objectionId)
                .update();
    }

    long insertFile(long noticeId, String regionCode, String fileName, String contentType, byte[] content, String actor) {
        return jdbc.sql("""
                insert into public_notice_file (county_code, notice_id, village_code, file_name, content_type,
                    content, uploaded_by)
                values (left(:region, 6), :notice, :region, :name, :type, :content, :actor) returning id
                """).param("notice", noticeId).param("region", regionCode).param("name", fileName)
                .param("type", contentType).param("content", content).param("actor", actor).query(Long.class).single();
    }

    Optional<byte[]> fileContent(long noticeId, long fileId) {
        return jdbc.sql("select content from public_notice_file where id = :file and notice_id = :notice")
                .param("file", fileId).param("notice", noticeId).query(byte[].class).optional();
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        return new Header(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("village_code"),
                rs.getString("title"), new NoticePeriod(date(rs, "start_date"), date(rs, "end_date")),
                rs.getInt("required_days"), rs.getString("place"), date(rs, "posted_on"), rs.getString("posted_by"),
                rs.getString("evidence"), rs.getString("created_by"), rs.getInt("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
