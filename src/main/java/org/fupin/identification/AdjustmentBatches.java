package org.fupin.identification;

import java.time.LocalDate;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.imports.RegistryStatusChanged;
import org.fupin.imports.StatusChange;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A confirmed yearly import that changed registered households' 脱贫状态 is one 动态调整 batch (issue #16): each
 * change becomes a dated household event of the batch (新识别, 脱贫 or 返贫 by the new status), in the import's
 * transaction, and the batch is audited with its file digest. The batch's events are listed by {@link #events}.
 */
@Component
public class AdjustmentBatches {

    /** One event of a batch. */
    public record BatchEvent(long id, String villageCode, int year, String householdNumber, String eventType,
                             String statusBefore, String statusAfter, long batchId) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AdjustmentBatches(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void record(RegistryStatusChanged batch) {
        for (StatusChange change : batch.changes()) {
            EventType type = switch (change.after()) {
                case "1" -> EventType.EXIT;
                case "3" -> EventType.RETURN;
                default -> EventType.NEW_IDENTIFICATION;
            };
            jdbc.sql("""
                    insert into household_event (county_code, village_code, year, household_id, household_number,
                        event_type,
                        event_date, reason, status_before, status_after, batch_id, actor)
                    values (left(:village, 6), :village, :year, null, :number, :type, :date, :reason, :before,
                        :after, :batch, :actor)
                    """).param("village", change.villageCode()).param("year", change.year())
                    .param("number", change.householdNumber()).param("type", type.name()).param("date", LocalDate.now())
                    .param("reason", "#" + batch.batchId() + " " + batch.fileName()).param("before", change.before())
                    .param("after", change.after()).param("batch", batch.batchId()).param("actor", batch.actor()).update();
        }
        audit.record(batch.actor(), "ADJUSTMENT_BATCH", "import/" + batch.batchId(),
                batch.fileName() + " sha256=" + batch.sha256() + " changes=" + batch.changes().size());
    }

    /** A confirmed batch: its import, file, who confirmed it, when, and how many statuses it changed. */
    public record Batch(long id, String file, String actor, java.time.LocalDateTime at, long changes) {}

    /** The confirmed batches within the scope, newest first. */
    @Transactional(readOnly = true)
    public List<Batch> batches(org.fupin.region.RegionScope scope) {
        return jdbc.sql("""
                select batch_id, min(reason), min(actor), min(recorded_at), count(*) from household_event
                where batch_id is not null and village_code like :prefix || '%'
                group by batch_id order by batch_id desc
                """).param("prefix", scope.prefix())
                .query((rs, n) -> new Batch(rs.getLong(1), rs.getString(2).replaceFirst("^#\\d+ ", ""), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getLong(5))).list();
    }

    /** The household events of one batch, in the order of the file. */
    @Transactional(readOnly = true)
    public List<BatchEvent> events(long batchId) {
        return jdbc.sql("""
                select id, village_code, year, household_number, event_type, status_before, status_after, batch_id
                from household_event where batch_id = :batch order by id
                """).param("batch", batchId)
                .query((rs, n) -> new BatchEvent(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8))).list();
    }
}
