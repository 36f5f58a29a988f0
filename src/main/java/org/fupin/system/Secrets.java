package org.fupin.system;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest of ID numbers and phone numbers (AES-256-GCM, random IV per value) and a keyed hash
 * (HMAC-SHA256) for exact-match look-ups and uniqueness, so a database dump alone exposes neither; and the keyed
 * hash that chains the audit log, so that rows cannot be recomputed without the key. The key comes from
 * {@code FUPIN_DATA_KEY} (32 bytes, Base64); without it, from {@code data.key} in the key directory
 * ({@link KeyDirectory}, outside the data directory), created on the first start. Losing the key loses the ID
 * numbers: back it up apart from the database.
 */
@Component
public class Secrets {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecretKeySpec auditKey;
    /** One cipher, MAC and random source per thread: looking them up per value cost more than using them (issue #22). */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    @org.springframework.beans.factory.annotation.Autowired
    Secrets(@Value("${fupin.data-key:}") String configured, KeyDirectory keys) {
        this(configured.isBlank() ? keys.key("data.key") : Base64.getDecoder().decode(configured.strip()));
    }

    /** The secrets of another master key: the new one while {@code keys rotate} re-writes the data under it. */
    public static Secrets withMaster(byte[] master) {
        return new Secrets(master);
    }

    private Secrets(byte[] master) {
        if (master.length != 32) throw new IllegalStateException("FUPIN_DATA_KEY must be 32 bytes (Base64)");
        this.encryptionKey = new SecretKeySpec(derive(master, "encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "lookup"), "HmacSHA256");
        this.auditKey = new SecretKeySpec(derive(master, "audit"), "HmacSHA256");
    }

    /** The keyed hash of an audit row (or of the chain head written outside the database). */
    public String auditHash(String canonical) {
        return mac(auditKey, canonical);
    }

    public String encrypt(String plain) {
        if (plain == null) return null;
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.get().nextBytes(iv);
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) return null;
        if (!stored.startsWith(PREFIX)) throw new IllegalStateException("Not an encrypted value");
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt: wrong FUPIN_DATA_KEY?", e);
        }
    }

    /** The keyed hash used to find and de-duplicate a value without storing it. */
    public String lookupHash(String plain) {
        if (plain == null) return null;
        return mac(lookupKey, plain);
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mac(SecretKeySpec key, String text) {
        try {
            Mac mac = MAC.get();
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
