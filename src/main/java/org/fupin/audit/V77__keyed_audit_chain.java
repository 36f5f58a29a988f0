package org.fupin.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.fupin.system.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keys the audit chain (issue #23): the rows written before, chained by plain SHA-256, are checked as they stand
 * and, when intact, chained anew with the keyed hash. A chain already broken is left as it is, so that
 * {@code audit verify} keeps reporting it instead of this migration laundering it.
 */
@Component
class V77__keyed_audit_chain extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V77__keyed_audit_chain.class);
    private final Secrets secrets;

    V77__keyed_audit_chain(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<AuditEvent> events = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select * from audit_event order by id")) {
            while (rs.next()) events.add(AuditChain.read(rs));
        }
        String previous = AuditEvent.GENESIS;
        for (AuditEvent event : events) {
            if (!event.isIntact(previous, AuditEvent::unkeyed)) {
                LOG.error("The audit chain was already broken at row {}; it is left unkeyed for audit verify to report", event.id());
                return;
            }
            previous = event.hash();
        }
        previous = AuditEvent.GENESIS;
        try (PreparedStatement update = connection.prepareStatement("update audit_event set prev_hash = ?, hash = ? where id = ?")) {
            for (AuditEvent event : events) {
                String hash = secrets.auditHash(AuditEvent.canonical(previous, event.at(), event.actor(), event.client(),
                        event.action(), event.target(), event.detail()));
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, event.id());
                update.addBatch();
                previous = hash;
            }
            update.executeBatch();
        }
    }
}
