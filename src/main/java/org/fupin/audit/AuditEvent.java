package org.fupin.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One audit row. Its hash is SHA-256 over the previous hash and every field, separated by a unit separator. */
public record AuditEvent(long id, Instant at, String actor, String client, String action, String target, String detail,
                         String previousHash, String hash) {

    /** The hash of the first row's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    static String hash(String previousHash, Instant at, String actor, String client, String action, String target,
                       String detail) {
        String canonical = String.join("\u001f", previousHash, at.toString(), actor, client == null ? "" : client,
                action, target, detail);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the stored hash matches the row's content and its predecessor. */
    boolean isIntact(String expectedPrevious) {
        return previousHash.equals(expectedPrevious)
                && hash.equals(hash(previousHash, at, actor, client, action, target, detail));
    }
}
