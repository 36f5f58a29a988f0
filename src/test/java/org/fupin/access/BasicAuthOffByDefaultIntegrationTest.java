package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Issue #23: without {@code fupin.api.basic-auth=true} (the default), /api refuses passwords and takes tokens only. */
@FupinTest
@TestPropertySource(properties = "fupin.api.basic-auth=false")
class BasicAuthOffByDefaultIntegrationTest {

    @LocalServerPort int port;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;

    @Test
    void refusesPasswordsOnTheApiButTakesTokens() throws Exception {
        users.add("basic-off", Role.SYSTEM_ADMIN, "", "Hongwan-well-17");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(WebSession.uri(port, "/api/v1/regions"))
                .header("Authorization", ApiTokensIntegrationTest.basic("basic-off:Hongwan-well-17")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);

        String token = tokens.create("basic-off", "script", 0, "admin").secret();
        HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(WebSession.uri(port, "/api/v1/regions"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(200);
    }
}
