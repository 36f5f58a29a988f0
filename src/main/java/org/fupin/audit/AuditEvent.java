package org.fupin.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * One audit row. Its hash is a keyed hash (HMAC-SHA256 with a key kept outside the database, issue #23) over the
 * previous hash and every field, separated by a unit separator: whoever can write the table but lacks the key
 * cannot recompute the chain after changing or deleting a row.
 */
public record AuditEvent(long id, Instant at, String actor, String client, String action, String target, String detail,
                         String previousHash, String hash) {

    /** The hash of the first row's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    static String canonical(String previousHash, Instant at, String actor, String client, String action, String target,
                            String detail) {
        return String.join("\u001f", previousHash, at.toString(), actor, client == null ? "" : client, action, target, detail);
    }

    /** The unkeyed SHA-256 of the chain before V77, used once to check the old chain before it is keyed. */
    static String unkeyed(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String canonical() {
        return canonical(previousHash, at, actor, client, action, target, detail);
    }

    /** True when the stored hash matches the row's content and its predecessor under {@code hashing}. */
    boolean isIntact(String expectedPrevious, UnaryOperator<String> hashing) {
        return previousHash.equals(expectedPrevious) && hash.equals(hashing.apply(canonical()));
    }
}
