package org.fupin.assets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Reads an asset form's fields; a value that is not a date, an amount, a number or a choice is named with its field. */
final class AssetForm {

    private final Map<String, String> params;
    private final MessageSource messages;
    private final Locale locale;
    private final List<String> errors = new ArrayList<>();

    AssetForm(Map<String, String> params, MessageSource messages, Locale locale) {
        this.params = params;
        this.messages = messages;
        this.locale = locale;
    }

    String text(String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }

    LocalDate date(String name) {
        try {
            return LocalDate.parse(text(name));
        } catch (DateTimeParseException e) {
            return invalid(name);
        }
    }

    /** Yuan or a quantity: at most two decimals; blank is zero when {@code blankIsZero}. */
    BigDecimal amount(String name, boolean blankIsZero) {
        if (blankIsZero && text(name).isEmpty()) return BigDecimal.ZERO.setScale(2);
        try {
            BigDecimal value = new BigDecimal(text(name).replace(",", ""));
            return value.scale() > 2 ? invalid(name) : value.setScale(2);
        } catch (NumberFormatException e) {
            return invalid(name);
        }
    }

    int whole(String name) {
        try {
            return Integer.parseInt(text(name));
        } catch (NumberFormatException e) {
            Integer none = invalid(name);
            return none == null ? 0 : none;
        }
    }

    Long id(String name) {
        try {
            return Long.parseLong(text(name));
        } catch (NumberFormatException e) {
            return invalid(name);
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, text(name));
        } catch (IllegalArgumentException e) {
            return invalid(name);
        }
    }

    boolean valid() { return errors.isEmpty(); }

    List<String> errors() { return errors; }

    private <T> T invalid(String name) {
        String field = messages.getMessage("assets.field." + name.replaceAll("\\d+$", ""), null, name, locale);
        errors.add(messages.getMessage("assets.form.invalid", new Object[] {field, text(name)}, locale));
        return null;
    }
}
