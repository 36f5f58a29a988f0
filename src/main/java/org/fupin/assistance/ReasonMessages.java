package org.fupin.assistance;

import java.util.List;
import java.util.Locale;
import org.fupin.api.RuleRefused;
import org.fupin.kernel.Reason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns reasons into plain sentences ({@code assistance.rule.<code>}); an argument that names a field, state or
 * code is shown by its label ({@code assistance.term.<name>}) when the bundle has one.
 */
@Component
public class ReasonMessages {

    private final MessageSource messages;

    ReasonMessages(MessageSource messages) { this.messages = messages; }

    /** For REST: the id the change wrote, else a 409 with the first reason's code and every reason as a sentence. */
    public long idOrRefused(Outcome outcome, Locale locale) {
        if (outcome.accepted()) return outcome.id();
        throw new RuleRefused(outcome.reasons().get(0).code(), of(outcome.reasons(), locale));
    }

    public List<String> of(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> message(r, locale)).toList();
    }

    public String message(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(a -> a instanceof String s && s.matches("[A-Za-z_]+")
                ? messages.getMessage("assistance.term." + s, null, s, locale) : a).toArray();
        return messages.getMessage("assistance.rule." + reason.code(), args, reason.code(), locale);
    }
}
