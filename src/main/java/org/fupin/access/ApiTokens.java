package org.fupin.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.system.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens for {@code /api} (issue #23): created by the user for themself or by an administrator for
 * a user of their region, shown once, kept only as a SHA-256 hash, revocable, optionally expiring. A token acts with
 * its user's role and region. Checking one costs a hash and an indexed look-up, not a BCrypt round per call, and
 * writes no audit row; creating and revoking are audited.
 */
@Service
public record ApiTokens(JdbcClient jdbc, Users users, AuditLog audit, Transactions transactions) {

    /** Every token starts so, which lets the filter tell it from other bearer schemes. */
    public static final String PREFIX = "fpt_";
    /** The details of a call authenticated by a token: such a call makes no further tokens. */
    public static final String BY_TOKEN = "api-token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** A token as its owner sees it: never the secret. */
    public record Token(long id, String username, String name, String hint, LocalDateTime createdAt, String createdBy,
                        LocalDateTime expiresAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt) {
        public boolean active(LocalDateTime now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** A created token: its secret, shown this once. */
    public record Created(long id, String secret) {}

    /** Creates a token for {@code username} named {@code name}, valid {@code days} days (0: until revoked). */
    public Created create(String username, String name, int days, String actor) {
        if (name == null || name.isBlank() || days < 0) throw new IllegalArgumentException("name and days");
        String secret = PREFIX + random(40);
        return transactions.write(() -> {
            if (!users.exists(username)) throw new IllegalArgumentException("unknown user");
            long id = jdbc.sql("""
                    insert into api_token (username, name, token_hash, hint, created_by, expires_at)
                    values (:username, :name, :hash, :hint, :actor,
                            case when :days = 0 then null else now() + make_interval(days => :days) end)
                    returning id
                    """).param("username", username).param("name", name.strip()).param("hash", hash(secret))
                    .param("hint", secret.substring(0, PREFIX.length() + 4)).param("actor", actor).param("days", days)
                    .query(Long.class).single();
            audit.record("TOKEN_CREATED", username, name.strip());
            return new Created(id, secret);
        });
    }

    /** The tokens of one user, newest first. */
    public List<Token> of(String username) {
        return transactions.read(() -> jdbc.sql("""
                select id, username, name, hint, created_at, created_by, expires_at, last_used_at, revoked_at
                from api_token where username = :username order by id desc
                """).param("username", username).query(Token.class).list());
    }

    public Optional<Token> find(long id) {
        return transactions.read(() -> jdbc.sql("""
                select id, username, name, hint, created_at, created_by, expires_at, last_used_at, revoked_at
                from api_token where id = :id
                """).param("id", id).query(Token.class).optional());
    }

    /** Revokes a token at once; answers whether it was active. */
    public boolean revoke(long id, String actor) {
        return transactions.write(() -> {
            Optional<Token> token = find(id);
            int changed = jdbc.sql("update api_token set revoked_at = now() where id = :id and revoked_at is null")
                    .param("id", id).update();
            if (changed == 1) audit.record(actor, "TOKEN_REVOKED", token.orElseThrow().username(), token.get().name());
            return changed == 1;
        });
    }

    /**
     * The user a presented secret stands for, when the token is active and the user enabled; the time of use is
     * noted at most once a minute.
     */
    Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
        String hash = hash(secret);
        return transactions.write(() -> {
            Optional<String> user = jdbc.sql("""
                    select t.username from api_token t join app_user u on u.username = t.username
                    where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
                      and u.enabled
                    """).param("hash", hash).query(String.class).optional();
            user.ifPresent(u -> jdbc.sql("""
                    update api_token set last_used_at = now()
                    where token_hash = :hash and (last_used_at is null or last_used_at < :stale)
                    """).param("hash", hash).param("stale", Timestamp.valueOf(LocalDateTime.now().minusMinutes(1)))
                    .update());
            return user;
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return out.toString();
    }
}
