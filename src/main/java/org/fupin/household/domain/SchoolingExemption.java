package org.fupin.household.domain;

import java.util.Optional;
import org.fupin.dictionary.CodeList;

/**
 * A child of compulsory-school age who is not in school and is no dropout (domain.md §4, [S30]): taught at home
 * (送教上门, the physical condition does not allow school), or 休学 with its reason. Written in the registry as a label
 * of the {@code SCHOOLING_EXEMPTION} code list, followed for 休学 by a colon and the reason; anything else is refused,
 * so that no stray word exempts a child.
 */
public final class SchoolingExemption {

    public static final String DICTIONARY = "SCHOOLING_EXEMPTION";

    /** The code of 休学, which must give its reason. */
    static final String SUSPENDED = "2";

    private SchoolingExemption() {}

    /** The exemption as stored (label, or label and reason), or empty when it is not in one of the forms. */
    public static Optional<String> normalise(String raw, CodeList forms) {
        String value = raw == null ? "" : raw.strip();
        String[] parts = value.split("\\s*[:\uff1a]\\s*", 2);
        Optional<CodeList.Entry> form = forms.byLabel(parts[0]);
        if (form.isEmpty()) return Optional.empty();
        String reason = parts.length == 2 ? parts[1].strip() : "";
        if (form.get().code().equals(SUSPENDED) && reason.length() < 2) return Optional.empty();
        String label = forms.label(form.get().code()).orElse(parts[0]);
        return Optional.of(reason.isEmpty() ? label : label + "\uff1a" + reason);
    }
}
