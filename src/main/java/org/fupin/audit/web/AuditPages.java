package org.fupin.audit.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.fupin.audit.AuditEvent;
import org.fupin.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Auditors search the audit trail and see whether its hash chain is intact. Actions are shown by their names; the
 * target and detail are the record as it was written (evidence, shown verbatim).
 */
@Controller
record AuditPages(AuditLog audit, MessageSource messages) {

    private static final String[] IMPORT_PREFIXES = {"IMPORT_REJECTED_", "DRY_RUN_", "IMPORT_"};

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String q, Model model, Locale locale) {
        model.addAttribute("q", q);
        var events = audit.search(q, 200);
        model.addAttribute("events", events);
        Map<String, String> actions = new HashMap<>();
        events.stream().map(AuditEvent::action).distinct().forEach(a -> actions.put(a, actionName(a, locale)));
        model.addAttribute("actions", actions);
        model.addAttribute("broken", audit.verifyRecent().orElse(null));
        return "audit/audit";
    }

    /** An action by its name: its own message, or the kind of import it was; never the bare constant. */
    private String actionName(String action, Locale locale) {
        String own = messages.getMessage("audit.action." + action, null, null, locale);
        if (own != null) return own;
        for (String prefix : IMPORT_PREFIXES) {
            if (action.startsWith(prefix)) {
                String kind = action.substring(prefix.length());
                String kindName = messages.getMessage("audit.kind." + kind, null, null, locale);
                if (kindName == null) kindName = messages.getMessage("assistance.import.template." + kind, null, kind, locale);
                return messages.getMessage("audit.action." + prefix.substring(0, prefix.length() - 1),
                        new Object[] {kindName}, locale);
            }
        }
        return messages.getMessage("audit.action.other", null, locale);
    }
}
