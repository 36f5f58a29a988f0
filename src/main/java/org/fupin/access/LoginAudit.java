package org.fupin.access;

import org.fupin.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every login, successful or not, goes to the audit log (the password never does). */
@Component
record LoginAudit(AuditLog audit, LoginAttempts attempts) {

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
        String username = event.getAuthentication().getName();
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
        attempts.failed(username, address(event.getAuthentication().getDetails()));
        audit.record("anonymous", "LOGIN_FAILED", username, event.getException().getClass().getSimpleName());
    }

    /** The client address of a form or Basic login ("" when unknown). */
    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "";
    }
}
