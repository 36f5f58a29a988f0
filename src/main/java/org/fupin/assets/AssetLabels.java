package org.fupin.assets;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The template's words for codes, both ways: an enum value is written as its Chinese label ({@code <prefix>.<NAME>}
 * of the default bundle) and read from that label, its English label or its name.
 */
@Component
class AssetLabels {

    private final MessageSource messages;

    AssetLabels(MessageSource messages) { this.messages = messages; }

    String label(String prefix, Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + "." + value.name(), null, value.name(), Locale.ROOT);
    }

    <E extends Enum<E>> Optional<E> parse(String prefix, Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            String key = prefix + "." + value.name();
            if (value.name().equals(text) || text.equals(messages.getMessage(key, null, Locale.ROOT))
                    || text.equalsIgnoreCase(messages.getMessage(key, null, Locale.ENGLISH))) return Optional.of(value);
        }
        return Optional.empty();
    }
}
