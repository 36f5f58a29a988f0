package org.fupin.system;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A feature's values encrypted or hashed with the data key (ID and phone numbers, their look-up hashes, the audit
 * chain). Each feature that keeps some contributes one bean; {@code keys rotate} calls them all in one transaction
 * to re-write every value under a new key.
 */
public interface KeyedData {

    /** Re-writes every value kept under {@code from} under {@code to}, on the owner's connection; answers rows changed. */
    long rekey(JdbcClient owner, Secrets from, Secrets to);

    /** After the rotation has committed and the new key is in place (e.g. a file sealed with the key). */
    default void rotated(Secrets to) {}
}
