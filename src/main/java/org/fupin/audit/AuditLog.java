package org.fupin.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
 * chain has no forks. Details never hold a full ID number.
 */
@Service
public class AuditLog {

    private static final long CHAIN_LOCK = 0x6175646974L;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) { this.jdbc = jdbc; }

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
        String hash = AuditEvent.hash(previous, at, actor, client, action, target, detail);
        jdbc.sql("""
                insert into audit_event (at, actor, client, action, target, detail, prev_hash, hash, scope)
                values (:at, :actor, :client, :action, :target, :detail, :previous, :hash, :scope)
                """).param("scope", org.fupin.system.DatabaseScope.current())
                .param("at", Timestamp.from(at)).param("actor", actor).param("client", client)
                .param("action", action).param("target", target).param("detail", detail)
                .param("previous", previous).param("hash", hash).update();
    }

    /** Recomputes the chain; answers the id of the first row that does not fit, or empty when all rows do. */
    @Transactional(readOnly = true)
    public Optional<Long> verify() {
        return verify(jdbc);
    }

    /** The same check on another copy of the database (a restored backup). */
    public static Optional<Long> verify(JdbcClient jdbc) {
        AtomicReference<String> previous = new AtomicReference<>(AuditEvent.GENESIS);
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.sql("select * from audit_event order by id").query(rs -> {
            if (broken.get() != null) return;
            AuditEvent event = new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                    rs.getString("client"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
                    rs.getString("prev_hash"), rs.getString("hash"));
            if (!event.isIntact(previous.get())) broken.set(event.id());
            previous.set(event.hash());
        });
        return Optional.ofNullable(broken.get());
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
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("client"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
                        rs.getString("prev_hash"), rs.getString("hash"))).list();
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
