package org.fupin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.system.Database;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue #23: a backup taken while the server serves (through its REST route, and the service) restores to an
 * identical registry —
 * every household and person row — and an audit log whose chain verifies.
 */
@FupinTest
class BackupRestoreIntegrationTest {

    static final String RESTORED = "fupin_restored";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Backups backups;
    @Autowired Database database;
    @TempDir Path dir;

    @Test
    void aBackupTakenWhileServingRestoresTheSameRegistryAndAnIntactAuditChain() throws Exception {
        Samples.importCounty(imports);
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        WebSession.uri(port, "/api/v1/system/backup")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString((WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"households\":649");

        Backups.Manifest taken = backups.backup(dir);
        assertThat(Files.size(dir.resolve("tables").resolve("household.csv"))).isPositive();
        assertThat(dir.resolve("manifest.properties")).exists();
        try {
            Backups.Manifest restored = backups.restore(dir, RESTORED);

            assertThat(restored.households()).isEqualTo(taken.households()).isEqualTo(649);
            assertThat(restored.auditRows()).isEqualTo(taken.auditRows());
            assertThat(restored.auditHead()).isEqualTo(taken.auditHead());
            assertThat(rows(database.url())).containsExactlyElementsOf(rows(database.url()
                    .replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + RESTORED)));
        } finally {
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                 var sql = c.createStatement()) {
                sql.execute("drop database if exists " + RESTORED + " with (force)");
            }
        }
    }

    /** Every household and person row as text, in a fixed order. */
    private List<String> rows(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, database.user(), database.password())) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
            List<String> out = new java.util.ArrayList<>(jdbc.sql("select h::text from household h order by id")
                    .query(String.class).list());
            out.addAll(jdbc.sql("select p::text from person p order by id").query(String.class).list());
            return out;
        }
    }
}
