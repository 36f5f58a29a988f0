package org.fupin.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * Reads the fields of an assistance form after the scope check (so a foreign request is refused before any field
 * is looked at) and collects plain-language errors: a value that is not a date, an amount or a choice is named
 * with its field ({@code assistance.field.<name>}).
 */
public final class AssistanceForm {

    private final Map<String, String> params;
    private final MessageSource messages;
    private final Locale locale;
    private final List<String> errors = new ArrayList<>();

    public AssistanceForm(Map<String, String> params, MessageSource messages, Locale locale) {
        this.params = params;
        this.messages = messages;
        this.locale = locale;
    }

    public String text(String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }

    public LocalDate date(String name) {
        try {
            return LocalDate.parse(text(name));
        } catch (DateTimeParseException e) {
            return invalid(name);
        }
    }

    public BigDecimal amount(String name) {
        try {
            BigDecimal value = new BigDecimal(text(name));
            return value.scale() > 2 ? invalid(name) : value;
        } catch (NumberFormatException e) {
            return invalid(name);
        }
    }

    /** A rate or share (interest, subsidy), any number of decimals; blank is none. */
    public BigDecimal rate(String name) {
        if (text(name).isEmpty()) return null;
        try {
            return new BigDecimal(text(name));
        } catch (NumberFormatException e) {
            return invalid(name);
        }
    }

    public Long id(String name) {
        try {
            return Long.parseLong(text(name));
        } catch (NumberFormatException e) {
            return invalid(name);
        }
    }

    public Integer whole(String name) {
        try {
            return Integer.parseInt(text(name));
        } catch (NumberFormatException e) {
            return invalid(name);
        }
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, text(name));
        } catch (IllegalArgumentException e) {
            return invalid(name);
        }
    }

    public boolean valid() { return errors.isEmpty(); }

    public List<String> errors() { return errors; }

    /** Adds the reasons of a refused change; answers whether it was accepted. */
    public boolean accepted(Outcome outcome, ReasonMessages reasons) {
        errors.addAll(reasons.of(outcome.reasons(), locale));
        return outcome.accepted();
    }

    /** A change made from this form's values; empty when the form itself was invalid. */
    public interface Change {
        Optional<Outcome> apply(AssistanceForm form);
    }

    /**
     * Makes the change: the view is {@code redirect:savedUrl} when it was accepted, else {@code again} called with
     * the form's errors and the rule's reasons (the same page, showing what went wrong, marked not saved).
     */
    public String submit(Change change, ReasonMessages reasons, String savedUrl, Model model,
                         Function<List<String>, String> again) {
        Optional<Outcome> outcome = change.apply(this);
        if (outcome.isPresent() && accepted(outcome.get(), reasons)) return "redirect:" + savedUrl;
        model.addAttribute("saved", false);
        return again.apply(errors);
    }

    private <T> T invalid(String name) {
        String field = messages.getMessage("assistance.field." + name, null, name, locale);
        errors.add(messages.getMessage("assistance.form.invalid", new Object[] {field, text(name)}, locale));
        return null;
    }
}
