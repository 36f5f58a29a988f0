package org.fupin.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.fupin.system.Secrets;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: every write, import, export, reveal and login is appended here, in the same transaction as the
 * change it records (so neither exists without the other). Appends are serialised with an advisory lock so the
 * chain has no forks; each row carries a keyed hash of its predecessor and content ({@link AuditEvent}), and the
 * newest row's id and hash are kept, sealed, outside the database ({@link AuditHead}). Details never hold a full ID
 * number.
 */
@Service
public class AuditLog {

    private static final long CHAIN_LOCK = 0x6175646974L;

    private static final Object HEAD_PENDING = new Object();

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final AuditHead head;

    AuditLog(JdbcClient jdbc, Secrets secrets, AuditHead head) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.head = head;
    }

    /** Appends an event for the current user (or the console operator outside web requests). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String target, String detail) {
        record(actor(), action, target, detail);
    }

    /** Appends an event for a named actor (a login attempt names the account it tried). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String target, String detail) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
        String previous = jdbc.sql("select hash from audit_event order by id desc limit 1").query(String.class)
                .optional().orElse(AuditEvent.GENESIS);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String client = client();
        String hash = secrets.auditHash(AuditEvent.canonical(previous, at, actor, client, action, target, detail));
        jdbc.sql("""
                insert into audit_event (at, actor, client, action, target, detail, prev_hash, hash, scope)
                values (:at, :actor, :client, :action, :target, :detail, :previous, :hash, :scope)
                """).param("scope", org.fupin.system.DatabaseScope.current())
                .param("at", Timestamp.from(at)).param("actor", actor).param("client", client)
                .param("action", action).param("target", target).param("detail", detail)
                .param("previous", previous).param("hash", hash).update();
        moveHeadAfterCommit();
    }

    /** Once per transaction: after it commits, the chain head outside the database moves to the newest row. */
    private void moveHeadAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            head.advance();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(HEAD_PENDING)) return;
        TransactionSynchronizationManager.bindResource(HEAD_PENDING, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HEAD_PENDING);
                if (status == STATUS_COMMITTED) head.advance();
            }
        });
    }

    /**
     * Recomputes the whole chain with the key and compares it with the head kept outside the database; answers the
     * id of the first row that does not fit (a changed row, or the head's row when newer rows were deleted or the
     * head does not carry its seal), or empty when all rows do.
     */
    @Transactional(readOnly = true)
    public Optional<Long> verify() {
        AuditChain.Walk walk = AuditChain.walk(jdbc, secrets::auditHash, null, null);
        if (walk.broken() != null) return Optional.of(walk.broken());
        return head.read().filter(h -> !head.sealed(h) || !h.hash().equals(jdbc.sql(
                        "select hash from audit_event where id = :id").param("id", h.id()).query(String.class).optional().orElse("")))
                .map(AuditHead.Head::id);
    }

    /**
     * The check the audit page runs on every load: the head's row is still there with its hash, and every row since
     * fits (a few rows, as the head moves after every commit); {@code audit verify} checks the whole chain.
     */
    @Transactional(readOnly = true)
    public Optional<Long> verifyRecent() {
        Optional<AuditHead.Head> known = head.read();
        if (known.isPresent() && !head.sealed(known.get())) return Optional.of(known.get().id());
        return Optional.ofNullable(AuditChain.walk(jdbc, secrets::auditHash, known.map(AuditHead.Head::id).orElse(null),
                known.map(AuditHead.Head::hash).orElse(null)).broken());
    }

    /** The whole-chain check on another copy of the database (a restored backup), with this installation's key. */
    public Optional<Long> verify(JdbcClient other) {
        return Optional.ofNullable(AuditChain.walk(other, secrets::auditHash, null, null).broken());
    }

    /**
     * The newest events caused by users of the reader's region (the reader's scope: a township auditor sees the
     * township's users, the console and whole-country auditors everything), optionally only those whose actor,
     * action or target contains {@code text}.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(String text, int limit) {
        return jdbc.sql("""
                select * from audit_event
                where (:scope = '' or scope like :scope || '%')
                  and (cast(:text as text) is null or actor like '%' || :text || '%' or action like '%' || :text || '%'
                   or target like '%' || :text || '%')
                order by id desc limit :limit
                """).param("scope", org.fupin.system.DatabaseScope.current())
                .param("text", text == null || text.isBlank() ? null : text.strip()).param("limit", limit)
                .query((rs, n) -> AuditChain.read(rs)).list();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) return authentication.getName();
        if (RequestContextHolder.getRequestAttributes() != null) return "anonymous";
        return "console:" + System.getProperty("user.name", "?");
    }

    private static String client() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return null;
    }
}
