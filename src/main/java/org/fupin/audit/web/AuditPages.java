package org.fupin.audit.web;

import org.fupin.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Auditors search the audit trail and see whether its hash chain is intact. */
@Controller
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) { this.audit = audit; }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("events", audit.search(q, 200));
        model.addAttribute("broken", audit.verify().orElse(null));
        return "audit/audit";
    }
}
