package org.fupin.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Optimistic locking (issue #23, ADR 0031): the version of a record as the form or REST client that changes it read
 * it. A protected record carries {@code version}, raised by one on every update; a change is written only while the
 * record still has the version that was read, else it is refused as stale and nothing is written. {@link #NONE}
 * means the client read no record (a form or body without a version): it may create what does not exist yet and is
 * refused where the record exists.
 */
public record Seen(Integer version) {

    public static final Seen NONE = new Seen(null);

    public static Seen of(int version) {
        return new Seen(version);
    }

    /** A version as a form or a body gives it: digits, else {@link #NONE}. */
    public static Seen parse(String posted) {
        return posted != null && posted.strip().matches("\\d{1,9}") ? of(Integer.parseInt(posted.strip())) : NONE;
    }

    public static Seen ofNullable(Integer version) {
        return version == null ? NONE : of(version);
    }

    /** Whether a record now at {@code current} (null: there is none) is the one that was read. */
    public boolean matches(Integer current) {
        return Objects.equals(version, current);
    }

    /**
     * The versions of the records a page lists, for one hidden field ({@code key=version;…}), so that a form whose
     * key the user chooses (a year, a region prefix) can be checked against the record it turns out to change.
     * Keys must not hold '=' or ';'.
     */
    public static String encode(Map<String, Integer> versions) {
        StringBuilder out = new StringBuilder();
        versions.forEach((key, version) -> out.append(out.isEmpty() ? "" : ";").append(key).append('=').append(version));
        return out.toString();
    }

    /** The versions of a field written by {@link #encode}; malformed parts are left out. */
    public static Map<String, Integer> decode(String field) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (field == null) return out;
        for (String part : field.split(";")) {
            int at = part.lastIndexOf('=');
            if (at > 0 && part.substring(at + 1).matches("\\d{1,9}")) {
                out.put(part.substring(0, at), Integer.parseInt(part.substring(at + 1)));
            }
        }
        return out;
    }

    /** The version the page listed for {@code key}: {@link #NONE} when it listed no such record. */
    public static Seen in(String field, String key) {
        return ofNullable(decode(field).get(key));
    }
}
