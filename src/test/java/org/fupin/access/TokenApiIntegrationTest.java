package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A token revoked over REST as the account page revokes it (issue #27): an administrator makes a token for the
 * village's cadre, the cadre lists it and revokes it, and calls with it answer 401 from then on; another village's
 * cadre and an auditor get 404 for it.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired ObjectMapper json;

    private ApiCallers callers;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "token-api");
    }

    @Test
    void theCadreRevokesATokenThatAnotherVillageCannotTouch() throws Exception {
        HttpResponse<String> made = ApiCaller.admin(port).post("/api/v1/tokens",
                "{\"name\":\"API sync script\",\"days\":30,\"username\":\"token-api-cadre\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode created = json.readTree(made.body());
        ApiCaller script = ApiCaller.token(port, created.path("secret").asString());
        String token = "/api/v1/tokens/" + created.path("id").asLong();
        assertThat(script.get("/api/v1/regions").statusCode()).isEqualTo(200);
        assertThat(callers.ownCadre().get("/api/v1/tokens").body()).contains("API sync script");

        assertThat(callers.otherCadre().send("DELETE", token, null).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().send("DELETE", token, null).statusCode()).isEqualTo(404);
        assertThat(script.get("/api/v1/regions").statusCode()).isEqualTo(200);

        assertThat(callers.ownCadre().send("DELETE", token, null).statusCode()).isEqualTo(204);
        assertThat(script.get("/api/v1/regions").statusCode()).isEqualTo(401);
        assertThat(tokens.find(created.path("id").asLong())).hasValueSatisfying(t -> assertThat(t.revokedAt()).isNotNull());
    }
}
