package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: an import report echoed every value whole (a 50 MB cell came back in a 52 MB JSON). A rejected cell of
 * 2,000,000 characters now comes back as its first 100 and an ellipsis, with its row and column.
 */
@FupinTest
class BoundedReportsIntegrationTest {

    @LocalServerPort int port;

    @Test
    void aHugeCellIsEchoedShortenedWithItsRowAndColumn() throws Exception {
        List<String> sample = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        String[] row = sample.get(1).split(",", -1);
        row[4] = "9".repeat(2_000_000);                              // 证件号码: two million digits
        byte[] file = (sample.get(0) + "\n" + String.join(",", row) + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload(file);

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body().length()).isLessThan(20_000);
        assertThat(response.body()).contains("\"row\":2", "\"column\":\"证件号码\"", "\"value\":\"999999" + "*".repeat(94) + "\u2026\"");
    }

    private HttpResponse<String> upload(byte[] content) throws Exception {
        String boundary = "fupin-bounded";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        String basic = Base64.getEncoder().encodeToString((WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(WebSession.uri(port, "/api/v1/imports/registry?dryRun=true"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
