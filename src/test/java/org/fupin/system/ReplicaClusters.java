package org.fupin.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two local PostgreSQL clusters, a primary and its streaming replica, made with the embedded server's binaries
 * (which have no pg_basebackup): the primary is created, stopped cleanly, its directory copied; the copy gets
 * {@code standby.signal} and {@code primary_conninfo}, and both start on their own ports (issue #28).
 */
final class ReplicaClusters implements AutoCloseable {

    static final String DATABASE = "fupin";

    private final Path root;
    private final EmbeddedPostgres primary;
    private final EmbeddedPostgres replica;

    private ReplicaClusters(Path root, EmbeddedPostgres primary, EmbeddedPostgres replica) {
        this.root = root;
        this.primary = primary;
        this.replica = replica;
    }

    static ReplicaClusters start() throws Exception {
        Path root = Files.createTempDirectory("fupin-replica");
        Path primaryDirectory = root.resolve("primary");
        Path replicaDirectory = root.resolve("replica");
        EmbeddedPostgres first = cluster(primaryDirectory).start();
        int port = first.getPort();
        try (Connection c = first.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
            sql.execute("create database " + DATABASE);
        }
        first.close();   // a clean shutdown: the copied directory is a consistent base for the standby
        copy(primaryDirectory, replicaDirectory);
        Files.deleteIfExists(replicaDirectory.resolve("postmaster.pid"));
        Files.writeString(replicaDirectory.resolve("standby.signal"), "");
        Files.writeString(replicaDirectory.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=localhost port=" + port + " user=postgres application_name=fupin_replica'\n",
                StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        EmbeddedPostgres primary = cluster(primaryDirectory).setPort(port).start();
        EmbeddedPostgres replica = cluster(replicaDirectory).start();
        return new ReplicaClusters(root, primary, replica);
    }

    private static EmbeddedPostgres.Builder cluster(Path directory) {
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setServerConfig("wal_level", "replica").setServerConfig("max_wal_senders", "4")
                .setServerConfig("hot_standby", "on");
    }

    String primaryUrl() {
        return primary.getJdbcUrl("postgres", DATABASE);
    }

    String replicaUrl() {
        return replica.getJdbcUrl("postgres", DATABASE);
    }

    /** The primary's database as its owner, past row-level security. */
    JdbcClient primary() {
        return JdbcClient.create(primary.getDatabase("postgres", DATABASE));
    }

    /** The replica's database as its owner, past row-level security. */
    JdbcClient replica() {
        return JdbcClient.create(replica.getDatabase("postgres", DATABASE));
    }

    /** Stops applying the primary's changes (the replica still receives them): what it answers stays as it is. */
    void pauseReplay() throws InterruptedException {
        replica().sql("select pg_wal_replay_pause()").query().singleRow();
        for (int i = 0; i < 100 && !"paused".equals(replica().sql("select pg_get_wal_replay_pause_state()")
                .query(String.class).single()); i++) {
            Thread.sleep(50);
        }
    }

    void resumeReplay() {
        replica().sql("select pg_wal_replay_resume()").query().singleRow();
    }

    /** Waits until the replica has applied everything the primary has written so far. */
    void awaitReplay() throws InterruptedException {
        String written = primary().sql("select pg_current_wal_lsn()::text").query(String.class).single();
        for (int i = 0; i < 400; i++) {
            Boolean caughtUp = replica().sql("select pg_last_wal_replay_lsn() >= cast(:lsn as pg_lsn)")
                    .param("lsn", written).query(Boolean.class).single();
            if (Boolean.TRUE.equals(caughtUp)) return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("the replica did not replay up to " + written + " in 20 s");
    }

    @Override
    public void close() throws IOException {
        try {
            replica.close();
        } finally {
            primary.close();
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
