package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Static files are cached by the browser for a day; pages, which carry personal data, are never stored. */
@FupinTest
class StaticFilesCachedIntegrationTest {

    @LocalServerPort int port;

    @Test
    void scriptsAndStylesAreCachedForADayButPagesAreNotStored() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/webjars/bootstrap/css/bootstrap.min.css", "/css/fupin.css", "/js/fupin.js"}) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(WebSession.uri(port, path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("max-age=86400").doesNotContain("no-store"));
        }
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(admin.get("/").headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }
}
