package org.fupin.assets;

import java.util.List;
import java.util.Locale;
import org.fupin.kernel.Reason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the asset rules' reasons into plain sentences: {@code assets.rule.<code>}, or the code itself when it is a
 * message key of another module (a notice check, {@code notice.check.<name>.fail}); an argument that is a label's
 * key (a type, owner kind or state) is shown as the label.
 */
@Component
public class AssetReasons {

    /** An argument that names a term: the message key of its label, e.g. {@code assets.owner.HOUSEHOLD}. */
    private static final String TERM = "assets\\.[a-z]+\\.[A-Z_]+";

    private final MessageSource messages;

    AssetReasons(MessageSource messages) { this.messages = messages; }

    public List<String> of(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> message(r, locale)).toList();
    }

    public String message(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(a -> a instanceof String s && s.matches(TERM) ? term(s, locale)
                : a == null ? "—" : a).toArray();
        String key = reason.code().contains(".") ? reason.code() : "assets.rule." + reason.code();
        return messages.getMessage(key, args, reason.code(), locale);
    }

    private String term(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
