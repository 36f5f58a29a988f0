package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23: the embedded PostgreSQL trusted every local connection, so whoever read the port in
 * {@code postmaster.pid} was superuser. Now every connection needs the password generated into the key directory,
 * before and after a restart.
 */
class EmbeddedDatabasePasswordTest {

    @TempDir Path root;

    @Test
    void everyConnectionNeedsTheGeneratedPasswordAcrossRestarts() throws Exception {
        Path data = root.resolve("data");
        KeyDirectory keys = new KeyDirectory(root.resolve("keys").toString(), data.toString());
        int port;
        try (Database database = start(data, keys)) {
            port = database.embedded().getPort();
            String password = Files.readString(keys.file("db.password")).strip();
            assertThat(database.password()).isEqualTo(password);
            assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");

            assertRefused(port, null);
            assertRefused(port, "postgres");
            try (Connection c = DriverManager.getConnection(url(port), "postgres", password); Statement st = c.createStatement()) {
                assertThat(st.executeQuery("select 1").next()).isTrue();
            }
        }
        try (Database again = start(data, keys)) {
            assertRefused(again.embedded().getPort(), null);
            try (Connection c = DriverManager.getConnection(again.url(), again.user(), again.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    private static Database start(Path data, KeyDirectory keys) throws Exception {
        return new DatabaseConfig().database("", "postgres", "", data.toString(), false, "fupin", keys);
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> {
            try (Connection c = DriverManager.getConnection(url(port), "postgres", password)) {
                c.isValid(1);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }
}
