package org.fupin.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * PostgreSQL only. With {@code FUPIN_DB_URL} set, Fupin uses that server; otherwise it runs an embedded
 * PostgreSQL 17 whose data lives in {@code FUPIN_DATA_DIR/postgres} and survives restarts.
 */
@Configuration
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    Database database(@Value("${fupin.db.url:}") String url, @Value("${fupin.db.user:postgres}") String user,
                      @Value("${fupin.db.password:}") String password, @Value("${fupin.data-dir}") String dataDir,
                      @Value("${fupin.db.durable:true}") boolean durable,
                      @Value("${fupin.db.name:postgres}") String name, KeyDirectory keys) throws IOException, SQLException {
        if (!url.isBlank()) return new Database(null, url, user, password);
        Path directory = Path.of(dataDir).toAbsolutePath().resolve("postgres");
        Files.createDirectories(directory.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory).setCleanDataDirectory(false);
        // zonky starts postgres with -F (fsync off) and synchronous_commit=off; later -c options win, so the
        // durable default must switch them back on explicitly, or an accepted import can be lost on a crash.
        String onOff = durable ? "on" : "off";
        builder.setServerConfig("fsync", onOff).setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff);
        if (runningPostmaster(directory) && !stopOrphan(directory)) {
            throw new IllegalStateException("The data directory " + directory + " is in use by another Fupin process "
                    + "(is the server running?). Stop it first, use another FUPIN_DATA_DIR, or point FUPIN_DB_URL at a "
                    + "shared PostgreSQL server.");
        }
        // every connection, the superuser's included, needs a password (issue #23); it is generated into the key
        // directory, outside the data directory and the served files
        String superuserPassword = keys.password("db.password");
        builder.setConnectConfig("password", superuserPassword);
        EmbeddedPostgres postgres = builder.start();
        Files.writeString(directory.getParent().resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
        try {
            requirePasswords(postgres, directory, superuserPassword);
            createIfMissing(postgres, name);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new Database(postgres, postgres.getJdbcUrl("postgres", name), "postgres", superuserPassword);
    }

    /** The note, in the cluster's directory, that its roles need passwords since this version. */
    static final String PASSWORD_NOTE = "fupin-password-auth";

    /**
     * initdb leaves every local connection trusted: whoever reads the port in {@code postmaster.pid} would be
     * superuser, past row-level security. On the first start after initdb (or after an earlier version) the
     * superuser gets the generated password and {@code pg_hba.conf} asks every connection for a password.
     */
    private static void requirePasswords(EmbeddedPostgres postgres, Path directory, String password) throws IOException, SQLException {
        if (Files.exists(directory.resolve(PASSWORD_NOTE))) return;
        if (!password.matches("[A-Za-z0-9]{20,}")) throw new IllegalStateException("db.password must be letters and digits");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("alter role postgres password '" + password + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), """
                    # written by Fupin (issue #23): every connection needs a password
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            st.execute("select pg_reload_conf()");
        }
        Files.writeString(directory.resolve(PASSWORD_NOTE), "scram-sha-256\n");
    }

    /** The application's database in the embedded cluster ({@code fupin.db.name}; the tests use their own, ADR 0021). */
    private static void createIfMissing(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection maintenance = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = maintenance.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) return;
            }
            try (Statement create = maintenance.createStatement()) {
                create.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /** The data directory's note of the Fupin process that started its embedded server. */
    static final String OWNER_FILE = "fupin.pid";

    /**
     * A postmaster left running by a Fupin process that was killed ({@code kill -9}: the JVM dies, its PostgreSQL
     * does not) is stopped with a fast shutdown, so that the next start does not fail until someone stops it by hand
     * (issue #23). Answers false, touching nothing, while the Fupin process that owns it is alive.
     */
    static boolean stopOrphan(Path directory) throws IOException {
        Path owner = directory.getParent().resolve(OWNER_FILE);
        // without the note (a server of an earlier version may be running) nothing is stopped
        if (!Files.exists(owner)) return false;
        {
            String pid = Files.readString(owner).strip();
            boolean ownerAlive = pid.matches("\\d+") && (Long.parseLong(pid) == ProcessHandle.current().pid()
                    || ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)
                            .flatMap(p -> p.info().command()).map(c -> c.contains("java")).orElse(false));
            if (ownerAlive) return false;
        }
        long postmaster = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(postmaster)).inheritIO().start().waitFor();
            for (int i = 0; i < 300 && ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true);
    }

    /** A postmaster.pid naming a live process; a stale file left by a crash does not count (PostgreSQL removes it). */
    private static boolean runningPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return false;
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        return first.matches("\\d+") && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The application's connections: pooled, restricted role, scoped rows (see {@link ScopedDataSource}); with
     * {@code FUPIN_DB_REPLICA_URL} set, read-only work of {@link ReplicaReads} handlers goes to that replica
     * ({@link RoutedDataSource}, ADR 0045), and without it there is the one pool, as before.
     */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(Database database, @Value("${fupin.db.replica-url:}") String replicaUrl,
                          @Value("${fupin.db.replica-user:postgres}") String replicaUser,
                          @Value("${fupin.db.replica-password:}") String replicaPassword) {
        ScopedDataSource primary = new ScopedDataSource(pool(database.url(), database.user(), database.password()));
        if (replicaUrl.isBlank()) return primary;
        HikariDataSource replica = pool(replicaUrl, replicaUser, replicaPassword);
        replica.setPoolName("replica");
        replica.setReadOnly(true);
        replica.setConnectionTimeout(5_000);          // a replica that is down falls back to the primary soon
        replica.setInitializationFailTimeout(-1);     // and does not keep the application from starting
        return new RoutedDataSource(primary, new ScopedDataSource(replica));
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(8);
        return pool;
    }

    /**
     * Migrations run as the owner of the schema, on their own unpooled connections. Handed to Flyway alone, not
     * published as a bean: the health check opened a new owner connection on every call to check every data source
     * bean (~50 ms, at most 25 calls/s).
     */
    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(Database database) {
        return configuration -> configuration.dataSource(new SimpleDriverDataSource(new org.postgresql.Driver(),
                database.url(), database.user(), database.password()));
    }
}
