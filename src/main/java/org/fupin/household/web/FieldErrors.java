package org.fupin.household.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.RegistryColumn;
import org.springframework.context.MessageSource;

/**
 * Turns rule findings into messages for a form: errors of the form's own fields under the field's name, all other
 * errors (rules across the household's rows) under {@link #HOUSEHOLD}, shown above the form.
 */
final class FieldErrors {

    static final String HOUSEHOLD = "_household";

    private FieldErrors() {}

    static Map<String, List<String>> of(List<Finding> findings, Predicate<Finding> onForm, List<RegistryColumn> fields,
                                        MessageSource messages, Locale locale) {
        Map<String, List<String>> out = new HashMap<>();
        for (Finding f : findings) {
            if (!f.isError()) continue;
            boolean field = onForm.test(f) && fields.stream().anyMatch(c -> c.name().equals(f.column()));
            out.computeIfAbsent(field ? f.column() : HOUSEHOLD, k -> new ArrayList<>()).add(message(f, messages, locale));
        }
        return out;
    }

    static String message(Finding f, MessageSource messages, Locale locale) {
        return messages.getMessage("rule." + f.code(), f.args().toArray(), f.code(), locale);
    }
}
