package org.fupin.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.system.Database;
import org.fupin.system.KeyDirectory;
import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

/**
 * {@code keys rotate} (issue #23), with the server stopped: a new data key is generated, every encrypted or keyed
 * value of every feature ({@link KeyedData}) is re-written under it in one transaction, then the new key replaces
 * the old one in the key directory, which keeps the old one as {@code data.key.retired-<time>} (backups taken before
 * need it). A failure before the commit leaves the data and the key as they were; a crash after it leaves
 * {@code data.key.next}, which stops the next start until the operator keeps the key that opens the data.
 */
@Service
public record KeyRotation(Database database, List<KeyedData> holders, Secrets current, KeyDirectory keys, AuditLog audit,
                          @Value("${fupin.data-key:}") String configuredKey) {

    /** Values re-written, and where the old key was kept. */
    public record Result(long values, Path retired) {}

    /** Why a rotation cannot start; the CLI names it in words. */
    public static final class Refused extends IllegalStateException {
        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() { return reason; }
    }

    public Result rotate() {
        if (!configuredKey.isBlank()) throw new Refused("KEY_FROM_ENVIRONMENT");
        Path next = keys.file("data.key.next");
        if (Files.exists(next)) throw new Refused("INTERRUPTED_ROTATION");
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        Secrets to = Secrets.withMaster(master);
        try {
            audit.record("KEY_ROTATION", "data.key", "started");
            keys.write(next, Base64.getEncoder().encodeToString(master));
            long changed = rekeyEverything(to);
            Path retired = keys.file("data.key.retired-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
            // the old key is copied first, then the new one replaces it in one rename: data.key always exists
            Files.copy(keys.file("data.key"), retired);
            Files.move(next, keys.file("data.key"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            holders.forEach(h -> h.rotated(to));
            return new Result(changed, retired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long rekeyEverything(Secrets to) throws IOException {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            c.setAutoCommit(false);
            try {
                JdbcClient owner = JdbcClient.create(new SingleConnectionDataSource(c, true));
                long changed = 0;
                for (KeyedData holder : holders) changed += holder.rekey(owner, current, to);
                c.commit();
                return changed;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                Files.deleteIfExists(keys.file("data.key.next"));
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
