package org.fupin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Walks the chain of audit rows from a known row (or the start) and answers the first row that does not fit. */
final class AuditChain {

    private AuditChain() {}

    /** The last row checked and, when one does not fit, its id. */
    record Walk(long lastId, String lastHash, Long broken) {}

    /**
     * Checks the rows from {@code fromId} on (the start when null): the first must carry {@code fromHash} as its own
     * hash when {@code fromId} is given (it was checked before), each later one must fit its predecessor.
     */
    static Walk walk(JdbcClient jdbc, UnaryOperator<String> hashing, Long fromId, String fromHash) {
        AtomicReference<String> previous = new AtomicReference<>(AuditEvent.GENESIS);
        AtomicReference<Long> broken = new AtomicReference<>();
        AtomicReference<Long> last = new AtomicReference<>(0L);
        jdbc.sql("select * from audit_event where id >= :from order by id").param("from", fromId == null ? 0 : fromId)
                .query(rs -> {
                    if (broken.get() != null) return;
                    AuditEvent event = read(rs);
                    boolean fits = fromId != null && event.id() == fromId ? event.hash().equals(fromHash)
                            : event.isIntact(previous.get(), hashing);
                    if (fromId != null && last.get() == 0L && event.id() != fromId) fits = false;
                    if (!fits) broken.set(fromId != null && last.get() == 0L ? fromId : event.id());
                    previous.set(event.hash());
                    last.set(event.id());
                });
        if (fromId != null && last.get() == 0L) broken.set(fromId);
        return new Walk(last.get(), previous.get(), broken.get());
    }

    static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("client"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
