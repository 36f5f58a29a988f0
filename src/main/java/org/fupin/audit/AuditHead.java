package org.fupin.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.fupin.system.KeyDirectory;
import org.fupin.system.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The head of the audit chain written outside the database (issue #23), in the key directory, after each
 * transaction that appended to the log: the newest row's id and hash, which database they belong to, and a keyed
 * hash over all three. Deleting the newest rows, or the whole table, leaves the database behind its head; a head
 * edited without the key does not verify. A new head is written only when the rows since the last one fit it, so
 * a truncation is never blessed by the next write.
 */
@Component
class AuditHead {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHead.class);

    /** A head as written: the database it belongs to, the newest row's id and hash, and their keyed hash. */
    record Head(String database, long id, String hash, String seal) {}

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final KeyDirectory keys;

    AuditHead(JdbcClient jdbc, Secrets secrets, KeyDirectory keys) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.keys = keys;
    }

    /** The database as PostgreSQL identifies it now (a database created anew, e.g. by a restore, gets another). */
    String database() {
        return jdbc.sql("select oid::text || ':' || datname from pg_database where datname = current_database()")
                .query(String.class).single();
    }

    /** The head written for this database, if any; a head whose seal does not fit is returned as it is. */
    Optional<Head> read() {
        Path file = keys.file("audit.head");
        if (!Files.exists(file)) return Optional.empty();
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file)));
            Head head = new Head(p.getProperty("database", ""), Long.parseLong(p.getProperty("id", "0")),
                    p.getProperty("hash", ""), p.getProperty("seal", ""));
            return head.database().equals(database()) ? Optional.of(head) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            return Optional.of(new Head(database(), 0, "", ""));
        }
    }

    boolean sealed(Head head) {
        return head.seal().equals(seal(head.database(), head.id(), head.hash()));
    }

    /** Moves the head to the newest row when every row since the current head fits; answers whether it moved. */
    synchronized boolean advance() {
        Optional<Head> head = read();
        if (head.isPresent() && !sealed(head.get())) {
            LOG.error("The audit chain head {} does not carry its seal: not moved", keys.file("audit.head"));
            return false;
        }
        AuditChain.Walk walk = AuditChain.walk(jdbc, secrets::auditHash, head.map(Head::id).orElse(null),
                head.map(Head::hash).orElse(null));
        if (walk.broken() != null) {
            LOG.error("The audit chain breaks at row {}: its head is not moved", walk.broken());
            return false;
        }
        if (walk.lastId() == 0 || head.isPresent() && head.get().id() == walk.lastId()) return false;
        write(database(), walk.lastId(), walk.lastHash());
        return true;
    }

    /** After {@code keys rotate}: the head of the chain as re-keyed, sealed with the new key. */
    synchronized void reseal(Secrets to) {
        AuditChain.Walk walk = AuditChain.walk(jdbc, to::auditHash, null, null);
        if (walk.broken() != null || walk.lastId() == 0) return;
        write(database(), walk.lastId(), walk.lastHash(), to);
    }

    private void write(String database, long id, String hash) {
        write(database, id, hash, secrets);
    }

    private void write(String database, long id, String hash, Secrets sealing) {
        Properties p = new Properties();
        p.setProperty("database", database);
        p.setProperty("id", Long.toString(id));
        p.setProperty("hash", hash);
        p.setProperty("seal", sealing.auditHash(canonicalHead(database, id, hash)));
        try {
            StringWriter out = new StringWriter();
            p.store(out, "Fupin audit chain head");
            keys.write(keys.file("audit.head"), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String seal(String database, long id, String hash) {
        return secrets.auditHash(canonicalHead(database, id, hash));
    }

    private static String canonicalHead(String database, long id, String hash) {
        return "head\u001f" + database + "\u001f" + id + "\u001f" + hash;
    }
}
