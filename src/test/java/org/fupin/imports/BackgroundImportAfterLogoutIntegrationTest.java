package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #22: an import running in the background runs as the user who uploaded it to its end, even when that user
 * logs out meanwhile (logging out must not turn the job into an anonymous or console import in the audit trail).
 */
@FupinTest
class BackgroundImportAfterLogoutIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    @Test
    void aBackgroundImportIsAuditedUnderItsUploaderAfterTheUploaderLoggedOut() throws Exception {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
        List<String> sample = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(sample.get(0)).append('\n');
        while (csv.length() < 4_100_000) csv.append(sample.get(1)).append('\n');

        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String page = admin.get("/imports").body();
        HttpResponse<String> started = admin.upload("/imports?kind=registry&dryRun=true", "file", "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), page);
        assertThat(started.uri().getPath()).startsWith("/imports/jobs/");
        admin.post("/logout", Map.of(), started.body());
        assertThat(admin.fetch("/imports").uri().getPath()).isEqualTo("/login");

        Optional<String> actor = Optional.empty();
        for (int i = 0; i < 600 && actor.isEmpty(); i++) {
            Thread.sleep(500);
            actor = jdbc.sql("select actor from audit_event where action = 'DRY_RUN_REGISTRY'").query(String.class).optional();
        }
        assertThat(actor).contains(WebSession.ADMIN);
    }
}
