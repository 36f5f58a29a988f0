package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23: after {@code kill -9} of the server, its embedded PostgreSQL kept running and every restart failed
 * until someone stopped it by hand. A postmaster whose Fupin process is gone is now stopped and the start goes on;
 * one whose Fupin process is alive is left alone.
 */
class OrphanPostmasterTest {

    @TempDir Path dataDir;

    @Test
    void aPostmasterLeftByAKilledServerIsStoppedAndTheNextStartSucceeds() throws Exception {
        Path directory = dataDir.resolve("postgres");
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .start();
        releaseLockAsAKilledProcessWould(orphan);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dataDir.resolve(DatabaseConfig.OWNER_FILE), String.valueOf(gone.pid()));
        long postmaster = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        try (Database database = new DatabaseConfig().database("", "postgres", "", dataDir.toString(), false, "fupin",
                new KeyDirectory("", dataDir.toString()))) {
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = java.sql.DriverManager.getConnection(database.url(), database.user(), database.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(Files.readString(dataDir.resolve(DatabaseConfig.OWNER_FILE)))
                    .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        } finally {
            try {
                orphan.close();
            } catch (Exception alreadyStopped) {
                // stopped by the start above
            }
        }
    }

    @Test
    void aPostmasterOfALiveFupinProcessIsLeftAlone() throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).start()) {
            Files.writeString(dataDir.resolve(DatabaseConfig.OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
            assertThat(DatabaseConfig.stopOrphan(directory)).isFalse();
            assertThat(running.getPostgresDatabase().getConnection().isValid(5)).isTrue();
        }
    }

    /** A killed JVM holds no file lock: release the one this JVM took, leaving the postmaster running. */
    private static void releaseLockAsAKilledProcessWould(EmbeddedPostgres postgres) throws Exception {
        for (String name : new String[] {"lock", "lockStream"}) {
            java.lang.reflect.Field field = EmbeddedPostgres.class.getDeclaredField(name);
            field.setAccessible(true);
            Object value = field.get(postgres);
            if (value instanceof java.nio.channels.FileLock lock) lock.release();
            if (value instanceof java.io.FileOutputStream stream) stream.close();
        }
    }
}
