package org.fupin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fupin.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Every export and print view that was delivered goes to the audit log with what was asked for. */
@Component
class ExportAudit implements HandlerInterceptor {

    private final AuditLog audit;

    ExportAudit(AuditLog audit) { this.audit = audit; }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (ex == null && response.getStatus() == 200) {
            String query = request.getQueryString();
            audit.record(request.getRequestURI().startsWith("/print") ? "PRINT" : "EXPORT", request.getRequestURI(),
                    query == null ? "" : query);
        }
    }
}
