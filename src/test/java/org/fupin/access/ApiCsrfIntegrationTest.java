package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.monitoring.Monitoring;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: a REST write carried only by a browser's session cookie (as a page of another origin would send it)
 * is refused without the CSRF token; the same write with its own credentials goes through.
 */
@FupinTest
class ApiCsrfIntegrationTest {

    static final String VILLAGE = "620721101201";
    static final String CLUE = "{\"householdNumber\":\"CSRF-1\",\"headName\":\"张三\",\"memberCount\":3,"
            + "\"channel\":\"SELF_DECLARATION\",\"riskType\":\"ILLNESS\",\"receivedOn\":\"2024-03-01\"}";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired Monitoring monitoring;

    @Test
    void aSessionCookieAloneCannotWriteThroughTheApiButBasicCredentialsCan() throws Exception {
        Samples.importCounty(imports);
        users.add("csrf-cadre", Role.VILLAGE_CADRE, VILLAGE, "Hongwan-well-17");
        WebSession browser = new WebSession(port);
        browser.logIn("csrf-cadre", "Hongwan-well-17");

        HttpResponse<String> withCookie = browser.postJson("/api/v1/monitoring/villages/" + VILLAGE + "/clues", CLUE);
        assertThat(withCookie.statusCode()).isEqualTo(403);

        String basic = Base64.getEncoder().encodeToString("csrf-cadre:Hongwan-well-17".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> withCredentials = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/monitoring/villages/" + VILLAGE + "/clues"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CLUE)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withCredentials.statusCode()).as(withCredentials.body()).isEqualTo(200);
        assertThat(withCredentials.body()).contains("CSRF-1");
    }
}
