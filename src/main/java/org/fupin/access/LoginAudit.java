package org.fupin.access;

import org.fupin.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login, successful or not, goes to the audit log (the password never does). */
@Component
record LoginAudit(AuditLog audit, LoginAttempts attempts) {

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
        String username = event.getAuthentication().getName();
        audit.record(username, "LOGIN", username, "ok");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        attempts.failed(username);
        audit.record("anonymous", "LOGIN_FAILED", username, event.getException().getClass().getSimpleName());
    }
}
