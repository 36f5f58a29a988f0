package org.fupin.audit;

import java.util.List;
import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit chain under a new key: checked whole under the old key first (a chain already broken is not re-keyed,
 * which would hide the break, and the rotation stops), then chained anew; the head is sealed anew after commit.
 */
@Component
class AuditKeys implements KeyedData {

    private final AuditHead head;

    AuditKeys(AuditHead head) { this.head = head; }

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        AuditChain.Walk walk = AuditChain.walk(owner, from::auditHash, null, null);
        if (walk.broken() != null) {
            throw new IllegalStateException("audit chain broken at row " + walk.broken() + ": not re-keyed");
        }
        List<AuditEvent> events = owner.sql("select * from audit_event order by id").query((rs, n) -> AuditChain.read(rs)).list();
        String previous = AuditEvent.GENESIS;
        for (AuditEvent e : events) {
            String hash = to.auditHash(AuditEvent.canonical(previous, e.at(), e.actor(), e.client(), e.action(), e.target(), e.detail()));
            owner.sql("update audit_event set prev_hash = :previous, hash = :hash where id = :id")
                    .param("previous", previous).param("hash", hash).param("id", e.id()).update();
            previous = hash;
        }
        return events.size();
    }

    @Override
    public void rotated(Secrets to) {
        head.reseal(to);
    }
}
