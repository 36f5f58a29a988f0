package org.fupin.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The users desk over REST (issue #27): the county administrator creates, lists, disables, enables, unlocks and
 * resets accounts and creates many at once; village cadres are refused (403), and an administrator of another
 * county neither sees nor changes the account (404) nor creates one outside their region (409).
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private ApiCaller otherAdmin;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "desk");
        jdbc.sql("insert into region (code, name, level, parent_code) values ('620722000000', 'API邻县', 'COUNTY', "
                + "'620700000000')").update();
        otherAdmin = ApiCallers.caller(port, users, tokens, "desk-other-admin", Role.COUNTY_ADMIN, "620722000000");
    }

    @Test
    void theCountyAdministratorCreatesAndManagesAnAccountAndReadsItBack() throws Exception {
        long createdBefore = audited("USER_CREATE");
        HttpResponse<String> created = callers.county().post("/api/v1/users", newUser("api-clerk", ApiCallers.VILLAGE));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).path("oneTimePassword").asString()).hasSizeGreaterThan(8);
        assertThat(audited("USER_CREATE")).isEqualTo(createdBefore + 1);
        assertThat(ok(callers.county().get("/api/v1/users?q=api-clerk"))).contains("API文书");

        assertThat(json.readTree(ok(callers.county().post("/api/v1/users/api-clerk/disable", null)))
                .path("enabled").asBoolean()).isFalse();
        assertThat(json.readTree(ok(callers.county().post("/api/v1/users/api-clerk/enable", null)))
                .path("enabled").asBoolean()).isTrue();
        assertThat(json.readTree(ok(callers.county().post("/api/v1/users/api-clerk/unlock", null)))
                .path("locked").asBoolean()).isFalse();
        assertThat(json.readTree(ok(callers.county().post("/api/v1/users/api-clerk/password-reset", null)))
                .path("oneTimePassword").asString()).hasSizeGreaterThan(8);
        assertThat(audited("USER_DISABLE") + audited("USER_ENABLE") + audited("USER_UNLOCK")
                + audited("USER_PASSWORD_RESET")).isEqualTo(4);

        HttpResponse<String> taken = callers.county().post("/api/v1/users", newUser("api-clerk", ApiCallers.VILLAGE));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json.readTree(taken.body()).path("messages").size()).isPositive();
    }

    @Test
    void manyAccountsAreCreatedAllOrNone() throws Exception {
        String refused = "{\"accounts\":[" + newUser("api-bulk-1", ApiCallers.VILLAGE) + ","
                + newUser("api-bulk-1", ApiCallers.VILLAGE) + "]}";
        HttpResponse<String> none = callers.county().post("/api/v1/users/bulk", refused);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(409);
        assertThat(callers.county().get("/api/v1/users/api-bulk-1").statusCode()).isEqualTo(404);

        String both = "{\"accounts\":[" + newUser("api-bulk-1", ApiCallers.VILLAGE) + ","
                + newUser("api-bulk-2", ApiCallers.OTHER_VILLAGE) + "]}";
        HttpResponse<String> created = callers.county().post("/api/v1/users/bulk", both);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).path("created").size()).isEqualTo(2);
        assertThat(ok(callers.county().get("/api/v1/users/api-bulk-2"))).contains("API文书");

        HttpResponse<String> invalid = callers.county().post("/api/v1/users/bulk", "{\"accounts\":[{\"username\":\"\"}]}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("accounts[0].realName", "accounts[0].role");
    }

    @Test
    void cadresAreRefusedAndAnotherCountysAdministratorNeitherSeesNorChangesTheAccount() throws Exception {
        assertThat(callers.county().post("/api/v1/users", newUser("api-kept", ApiCallers.VILLAGE)).statusCode()).isEqualTo(201);
        assertThat(callers.ownCadre().get("/api/v1/users").statusCode()).isEqualTo(403);
        assertThat(callers.ownCadre().post("/api/v1/users", newUser("api-cadre-made", ApiCallers.VILLAGE)).statusCode())
                .isEqualTo(403);
        assertThat(callers.otherCadre().post("/api/v1/users/api-kept/disable", null).statusCode()).isEqualTo(403);

        assertThat(otherAdmin.get("/api/v1/users/api-kept").statusCode()).isEqualTo(404);
        assertThat(otherAdmin.post("/api/v1/users/api-kept/disable", null).statusCode()).isEqualTo(404);
        assertThat(ok(otherAdmin.get("/api/v1/users"))).doesNotContain("api-kept");
        HttpResponse<String> outside = otherAdmin.post("/api/v1/users", newUser("api-outside", ApiCallers.VILLAGE));
        assertThat(outside.statusCode()).isEqualTo(409);
        assertThat(json.readTree(outside.body()).path("code").asString()).isEqualTo("REGION_OUTSIDE_SCOPE");
        JsonNode kept = json.readTree(ok(callers.county().get("/api/v1/users/api-kept")));
        assertThat(kept.path("enabled").asBoolean()).isTrue();
    }

    private static String newUser(String username, String region) {
        return "{\"username\":\"" + username + "\",\"realName\":\"API文书\",\"role\":\"VILLAGE_CADRE\",\"region\":\""
                + region + "\",\"unit\":\"村委会\"}";
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
