package org.fupin.monitoring.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.domain.Procedure;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a monitoring action for a page and, when the facade refuses it, puts the refusal and its failed checks on the
 * next page in plain words from the monitoring bundle (steps and statuses named, not coded).
 */
@Component
record MonitoringRefusals(MessageSource messages) {

    /** Runs the action; a refusal goes to the flash. Answers the redirect to the episode page either way. */
    String run(long id, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("saved", true);
        } catch (MonitoringException e) {
            flash.addFlashAttribute("error", message(e, locale));
            flash.addFlashAttribute("refused", reasons(e.verdict(), locale));
        }
        return "redirect:/monitoring/episodes/" + id;
    }

    String message(MonitoringException e, Locale locale) {
        Object[] args = Arrays.stream(e.args()).map(a -> named(a, locale)).toArray();
        return messages.getMessage(e.messageKey(), args, e.code(), locale);
    }

    /** The failed checks of a verdict as sentences (monitoring checks, else the notice module's). */
    List<String> reasons(Verdict verdict, Locale locale) {
        return verdict == null ? List.of() : verdict.reasons().stream().map(c -> sentence(c, locale)).toList();
    }

    String sentence(Check check, Locale locale) {
        Object[] plain = check.numbers().stream().map(MonitoringRefusals::plain).toArray();
        String own = messages.getMessage("monitoring.check." + check.name(), plain, null, locale);
        if (own != null) return own;
        String key = "notice.check." + check.name() + (check.passed() ? ".pass" : ".fail");
        return messages.getMessage(key, check.numbers().toArray(), check.name(), locale);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private Object named(Object arg, Locale locale) {
        if (arg instanceof Procedure.Step step) return messages.getMessage("monitoring.step." + step, null, step.name(), locale);
        if (arg instanceof Enum<?> other) {
            return messages.getMessage("monitoring.key." + other.name(), null, other.name(), locale);
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(o -> String.valueOf(named(o, locale))).toList());
        }
        return plain(arg);
    }

    /** Numbers as written (a year is 2024, an amount keeps its cents), not grouped by the message format. */
    private static Object plain(Object arg) {
        if (arg instanceof java.math.BigDecimal amount) return amount.toPlainString();
        if (arg instanceof Number number) return number.toString();
        return arg;
    }
}
