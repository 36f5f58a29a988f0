package org.fupin.household.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.fupin.household.domain.RegistryColumn;

/**
 * The household's values as the form showed them, as a digest carried by the form: a save whose digest no longer
 * matches the stored household was made from a stale form and is refused (optimistic locking without a version
 * column: the registry import replaces rows whole).
 */
final class HouseholdFingerprint {

    private HouseholdFingerprint() {}

    static String of(Map<RegistryColumn, String> cells) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(cells).forEach((column, value) -> digest.update(
                    (column.name() + "=" + (value == null ? "" : value.strip()) + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
