package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: a rejected upload stayed in the temporary directory, full ID numbers and all, until its session uploaded
 * again (or the server stopped). It now goes when its rows have been downloaded or its session ends.
 */
@FupinTest
class RejectedUploadFilesIntegrationTest {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @LocalServerPort int port;

    @Test
    void theRejectedFileIsDeletedWhenItsSessionEnds() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);

        Path kept = uploadRejected(admin);
        assertThat(kept).exists();
        admin.post("/logout", Map.of(), admin.get("/imports").body());

        assertThat(kept).doesNotExist();
    }

    @Test
    void theRejectedFileIsDeletedOnceItsRowsAreDownloaded() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        Path kept = uploadRejected(admin);

        byte[] rows = admin.xlsx("/imports/rejected.xlsx").body();

        assertThat(WebSession.sheetRows(rows)).hasSizeGreaterThan(1);
        assertThat(kept).doesNotExist();
        assertThat(admin.fetch("/imports/rejected.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewUploadDeletesTheSessionsEarlierRejectedFile() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        Path first = uploadRejected(admin);

        Path second = uploadRejected(admin);

        assertThat(first).doesNotExist();
        assertThat(second).exists();
    }

    /** Uploads the bad sample as a dry run through the page; answers the one temporary file the upload left. */
    private static Path uploadRejected(WebSession session) throws Exception {
        Set<Path> before = uploads();
        String page = session.upload("/imports?kind=registry&dryRun=true", "file", "registry-bad.csv",
                Files.readAllBytes(Samples.file("registry-bad.csv")), session.get("/imports").body()).body();
        assertThat(page).contains("id=\"download-rejected\"");
        Set<Path> added = uploads();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        return added.iterator().next();
    }

    private static Set<Path> uploads() throws IOException {
        Set<Path> files = new HashSet<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(TEMP, "fupin-upload*.dat")) {
            found.forEach(files::add);
        }
        return files;
    }
}
