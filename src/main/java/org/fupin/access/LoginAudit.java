package org.fupin.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fupin.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Logins go to the audit log (the password never does), without letting the log grow with every call (issue #23):
 * a form login is one session and one row; HTTP Basic, which authenticates every call, is noted once per account,
 * address and {@link #BASIC_SESSION}; failures from one address, whatever accounts they try, are aggregated — the
 * 1st, 2nd, 4th, 8th… each writes one row carrying the count so far — so guessing cannot flood the log.
 */
@Component
class LoginAudit {

    static final Duration BASIC_SESSION = Duration.ofMinutes(30);
    private static final int MAX_TRACKED = 10_000;

    private final AuditLog audit;
    private final LoginAttempts attempts;
    private final Clock clock;
    private final Map<String, Instant> basicNoted = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    LoginAudit(AuditLog audit, LoginAttempts attempts) {
        this.audit = audit;
        this.attempts = attempts;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        attempts.succeeded(username, address);
        failures.remove(address);
        if (basicCall() && !firstBasicCallOfSession(username + "\n" + address)) return;
        // the login is the user's own event: it belongs to their region, like everything they do afterwards
        String scope = event.getAuthentication().getPrincipal() instanceof org.fupin.system.ScopedPrincipal p
                ? p.scopeCode() : org.fupin.system.DatabaseScope.current();
        org.fupin.system.DatabaseScope.with(scope, () -> {
            audit.record(username, "LOGIN", username, "ok");
            return null;
        });
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        attempts.failed(username, address);
        if (failures.size() > MAX_TRACKED) failures.clear();
        // counted per client address, whichever accounts it tries, so that guessing many names cannot flood the log
        int count = failures.merge(address, 1, Integer::sum);
        if (Integer.bitCount(count) != 1) return;
        String reason = event.getException().getClass().getSimpleName();
        audit.record("anonymous", "LOGIN_FAILED", username, count == 1 ? reason : reason + " x" + count);
    }

    private boolean firstBasicCallOfSession(String key) {
        Instant now = clock.instant();
        if (basicNoted.size() > MAX_TRACKED) basicNoted.clear();
        Instant before = basicNoted.get(key);
        if (before != null && Duration.between(before, now).compareTo(BASIC_SESSION) < 0) return false;
        basicNoted.put(key, now);
        return true;
    }

    private static boolean basicCall() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getHeader("Authorization") != null
                && request.getRequest().getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** The client address of a form or Basic login ("" when unknown). */
    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "";
    }
}
