package org.fupin.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.fupin.audit.AuditLog;
import org.fupin.system.Database;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

/**
 * A backup is a directory: one CSV file per table, copied in a single read-only, serializable snapshot while the
 * server serves (what pg_dump does, without needing a pg_dump of the embedded server's version), the schema version
 * it was taken at, a copy of {@code data.key} in {@code keys/} when the key is not given by the environment (without it the ID numbers
 * cannot be read), and {@code manifest.properties} (when, which database, households, audit rows and chain head).
 * Restore migrates an empty database to that version (versioned migrations only: the repeatable ones are written
 * for the current schema), loads the tables, verifies the audit chain, and then migrates it to the current version.
 */
@Service
public record Backups(Database database, AuditLog audit, org.flywaydb.core.Flyway flyway,
                      org.fupin.system.KeyDirectory keys, @Value("${fupin.data-key:}") String configuredKey) {

    /** What a backup holds, as its manifest says. */
    public record Manifest(Instant takenAt, String database, long households, long auditRows, String auditHead) {}

    public Manifest backup(Path directory) {
        return backup(directory, true);
    }

    /**
     * A backup; {@code withKey}: with a copy of the data key in {@code keys/} (not for backups written inside the data
     * directory, which must not hold the key that opens it).
     */
    public Manifest backup(Path directory, boolean withKey) {
        try {
            Files.createDirectories(directory.resolve("tables"));
            Properties p = new Properties();
            try (Connection c = owner(database.url())) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                c.setReadOnly(true);
                try (var st = c.createStatement()) {
                    st.execute("set transaction isolation level serializable, read only, deferrable");
                }
                org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
                Map<String, String> tables = tables(c);
                for (Map.Entry<String, String> table : tables.entrySet()) {
                    try (var out = Files.newOutputStream(directory.resolve("tables").resolve(table.getKey() + ".csv"))) {
                        copy.copyOut("copy (select * from " + table.getValue() + ") to stdout (format csv, header)", out);
                    }
                }
                p.setProperty("tables", String.join(",", tables.keySet()));
                p.setProperty("schemaVersion", JdbcClient.create(new SingleConnectionDataSource(c, true))
                        .sql("select max(version::int) from flyway_schema_history where version ~ '^[0-9]+$'")
                        .query(String.class).single());
                Manifest manifest = describe(c, Instant.now());
                c.commit();
                p.setProperty("takenAt", manifest.takenAt().toString());
                p.setProperty("database", manifest.database());
                p.setProperty("households", String.valueOf(manifest.households()));
                p.setProperty("auditRows", String.valueOf(manifest.auditRows()));
                p.setProperty("auditHead", manifest.auditHead());
                // the key in its own sub-directory, to be kept apart from the tables (issue #23)
                Path key = keys.file("data.key");
                if (withKey && configuredKey.isBlank() && Files.exists(key) && !keys.insideDataDirectory(directory)) {
                    Files.createDirectories(directory.resolve("keys"));
                    Path copyOfKey = directory.resolve("keys").resolve("data.key");
                    Files.copy(key, copyOfKey, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(copyOfKey, PosixFilePermissions.fromString("rw-------"));
                }
                p.setProperty("keyCopied", String.valueOf(Files.exists(directory.resolve("keys").resolve("data.key"))));
                try (var out = Files.newOutputStream(directory.resolve("manifest.properties"))) {
                    p.store(out, "Fupin backup");
                }
                audit.record("BACKUP", directory.toAbsolutePath().toString(), "households=" + manifest.households());
                return manifest;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads a backup into {@code targetDatabase} of this cluster (dropped and created anew): migrates it to the
     * backup's schema version, loads every table, sets the sequences past the loaded ids, verifies the audit chain,
     * and migrates the database on to the current version. Answers the manifest as found after loading.
     */
    public Manifest restore(Path directory, String targetDatabase) {
        if (!targetDatabase.matches("[a-z_][a-z0-9_]{0,62}")) throw new IllegalArgumentException("database name");
        try {
            Properties p = new Properties();
            try (var in = Files.newInputStream(directory.resolve("manifest.properties"))) {
                p.load(in);
            }
            try (Connection maintenance = owner(withDatabase(database.url(), "postgres")); var sql = maintenance.createStatement()) {
                sql.execute("drop database if exists " + targetDatabase + " with (force)");
                sql.execute("create database " + targetDatabase);
            }
            String target = withDatabase(database.url(), targetDatabase);
            migrate(target, p.getProperty("schemaVersion"));
            Manifest restored;
            try (Connection c = owner(target)) {
                c.setAutoCommit(false);
                // the manifest names the tables; only those the migrated schema has are loaded, by their quoted names
                Map<String, String> known = tables(c);
                List<String> quoted = new java.util.ArrayList<>();
                for (String table : p.getProperty("tables").split(",")) {
                    String name = known.get(table);
                    if (name == null) throw new IllegalStateException("The backup names a table the schema lacks: " + table);
                    quoted.add(name);
                }
                try (var st = c.createStatement()) {
                    st.execute("set session_replication_role = replica");
                    for (String table : quoted) st.execute("delete from " + table);
                }
                org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
                String[] names = p.getProperty("tables").split(",");
                for (int i = 0; i < names.length; i++) {
                    try (var in = Files.newInputStream(directory.resolve("tables").resolve(names[i] + ".csv"))) {
                        copy.copyIn("copy " + quoted.get(i) + " from stdin (format csv, header)", in);
                    }
                }
                resetSequences(c);
                c.commit();
                restored = describe(c, Instant.now());
            }
            migrate(target, null);
            // checked after the last migration: a backup from before V77 holds the unkeyed chain, which V77 keys
            try (Connection c = owner(target)) {
                Optional<Long> broken = audit.verify(JdbcClient.create(new SingleConnectionDataSource(c, true)));
                if (broken.isPresent()) throw new IllegalStateException("audit chain broken at " + broken.get());
            }
            return restored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tables of the application's schema (without Flyway's history), each with its name quoted by PostgreSQL: a
     * partitioned table once, by its parent (ADR 0047), whose rows are copied out by a query and in through the parent.
     */
    private static Map<String, String> tables(Connection c) {
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        JdbcClient.create(new SingleConnectionDataSource(c, true)).sql("""
                select c.relname, quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname <> 'flyway_schema_history' order by c.relname
                """).query(rs -> { tables.put(rs.getString(1), rs.getString(2)); });
        return tables;
    }

    private static void resetSequences(Connection c) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
        // PostgreSQL writes each statement itself (format with %L, %I and regclass), so no name is pasted in here
        List<String> statements = jdbc.sql("""
                select format('select setval(%L, coalesce((select max(%I) from %s), 0) + 1, false)',
                              s.oid::regclass, a.attname, t.oid::regclass)
                from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S'
                join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                where d.deptype in ('a', 'i')
                """).query(String.class).list();
        statements.forEach(statement -> jdbc.sql(statement).query().singleRow());
    }

    private Manifest describe(Connection c, Instant at) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
        long households = jdbc.sql("select count(*) from household").query(Long.class).single();
        long auditRows = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        String head = jdbc.sql("select hash from audit_event order by id desc limit 1").query(String.class)
                .optional().orElse("");
        try {
            return new Manifest(at, c.getCatalog(), households, auditRows, head);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Up to {@code version} with the versioned migrations alone (a repeatable one, e.g. the tally functions, may use
     * columns a later version adds, V80's birth_month); with a null version, up to the current one with all.
     */
    private void migrate(String url, String version) {
        var configuration = org.flywaydb.core.Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(url, database.user(), database.password());
        if (version != null) configuration.target(version).repeatableSqlMigrationPrefix(NO_REPEATABLE_MIGRATIONS);
        configuration.load().migrate();
    }

    /** A prefix that no migration file has, so that no file is taken for a repeatable migration. */
    private static final String NO_REPEATABLE_MIGRATIONS = "NoRepeatableMigrationHasThisPrefix";

    private Connection owner(String url) throws SQLException {
        return DriverManager.getConnection(url, database.user(), database.password());
    }

    private static String withDatabase(String jdbcUrl, String name) {
        return jdbcUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }
}
