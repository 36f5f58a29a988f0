package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #22: a registry upload above the background size is imported off the request; its page belongs to the user
 * who uploaded it, and a rejected file's rows can still be downloaded once its report is shown.
 */
@FupinTest
class BackgroundImportIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;

    @Test
    void aLargeRejectedUploadRunsInTheBackgroundSeenOnlyByItsOwnerAndKeepsItsRejectedRows() throws Exception {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
        List<String> sample = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(sample.get(0)).append('\n');
        while (csv.length() < 4_100_000) csv.append(sample.get(1)).append('\n');
        assertThat(users.add("second-root", Role.SYSTEM_ADMIN, "", "Hongwan-well-22")).isEmpty();

        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        HttpResponse<String> started = admin.upload("/imports?kind=registry&dryRun=true", "file", "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), admin.get("/imports").body());
        String job = started.uri().getPath();
        assertThat(job).startsWith("/imports/jobs/");

        WebSession other = new WebSession(port);
        other.logIn("second-root", "Hongwan-well-22");
        assertThat(other.fetch(job).statusCode()).isEqualTo(404);
        assertThat(other.fetch(job + "/progress").statusCode()).isEqualTo(404);

        String page = started.body();
        for (int i = 0; i < 600 && !page.contains("id=\"report\""); i++) {
            assertThat(page).contains("id=\"import-progress\"");
            Thread.sleep(500);
            page = admin.get(job).body();
        }
        assertThat(page).contains("id=\"rejected\"", "id=\"download-rejected\"");
        assertThat(admin.xlsx("/imports/rejected.xlsx").statusCode()).isEqualTo(200);
    }
}
