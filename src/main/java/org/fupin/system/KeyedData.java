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

    /**
     * Re-encrypts each value that {@code select} answers (columns {@code id}, {@code value}) through {@code update}
     * (parameters {@code :id}, {@code :cipher} and, when {@code hashed} is given, {@code :hash}: the keyed look-up
     * hash of {@code hashed(plain)}).
     */
    static long reencrypt(JdbcClient owner, String select, String update, java.util.function.UnaryOperator<String> hashed,
                          Secrets from, Secrets to) {
        record Encrypted(long id, String value) {}
        long changed = 0;
        for (Encrypted row : owner.sql(select).query(Encrypted.class).list()) {
            String plain = from.decrypt(row.value());
            var statement = owner.sql(update).param("cipher", to.encrypt(plain)).param("id", row.id());
            if (hashed != null) statement = statement.param("hash", to.lookupHash(hashed.apply(plain)));
            changed += statement.update();
        }
        return changed;
    }
}
