package org.fupin.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.cli.Cli;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An account's role and region over REST and on the console (issue #15, #27), both through the method the user's
 * role page calls: the county administrator changes and reads back; a village cadre and a township officer are
 * refused, another county's administrator does not find the account; the changed user's open session and token act
 * with the new role from their next request.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserRoleApiIntegrationTest {

    private static final String PASSWORD = "Hongwan-well-17";
    private static final String TOWNSHIP = "620721101000";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired Cli cli;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private ApiCaller township;
    private ApiCaller otherAdmin;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "role");
        township = ApiCallers.caller(port, users, tokens, "role-township", Role.TOWNSHIP_OFFICER, TOWNSHIP);
        jdbc.sql("insert into region (code, name, level, parent_code) values ('620722000000', '邻县', 'COUNTY', "
                + "'620700000000')").update();
        otherAdmin = ApiCallers.caller(port, users, tokens, "role-other-admin", Role.COUNTY_ADMIN, "620722000000");
    }

    @Test
    void theCountyAdministratorChangesARoleAndReadsItBack() throws Exception {
        assertThat(users.add("role-clerk", Role.VILLAGE_CADRE, ApiCallers.VILLAGE, PASSWORD)).isEmpty();
        long before = audited();
        HttpResponse<String> changed = callers.county().put("/api/v1/users/role-clerk/role",
                "{\"role\":\"TOWNSHIP_OFFICER\",\"region\":\"" + TOWNSHIP + "\"}");
        JsonNode account = json.readTree(ok(changed));
        assertThat(account.path("role").asString()).isEqualTo("TOWNSHIP_OFFICER");
        assertThat(account.path("scopeCode").asString()).isEqualTo("620721101");
        assertThat(json.readTree(ok(callers.county().get("/api/v1/users/role-clerk"))).path("role").asString())
                .isEqualTo("TOWNSHIP_OFFICER");
        assertThat(audited()).isEqualTo(before + 1);

        HttpResponse<String> level = callers.county().put("/api/v1/users/role-clerk/role",
                "{\"role\":\"VILLAGE_CADRE\",\"region\":\"" + TOWNSHIP + "\"}");
        assertThat(level.statusCode()).isEqualTo(409);
        assertThat(json.readTree(level.body()).path("code").asString()).isEqualTo("REGION_LEVEL");
        HttpResponse<String> own = callers.county().put("/api/v1/users/role-county/role",
                "{\"role\":\"VILLAGE_CADRE\",\"region\":\"" + ApiCallers.VILLAGE + "\"}");
        assertThat(json.readTree(own.body()).path("code").asString()).isEqualTo("OWN_ROLE");
        assertThat(callers.county().put("/api/v1/users/role-clerk/role", "{\"region\":\"" + TOWNSHIP + "\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aVillageCadreAndATownshipOfficerAreRefusedAndAnotherCountyDoesNotFindTheAccount() throws Exception {
        String body = "{\"role\":\"COUNTY_ADMIN\",\"region\":\"" + ApiCallers.COUNTY + "\"}";
        assertThat(callers.ownCadre().put("/api/v1/users/role-cadre/role", body).statusCode()).isEqualTo(403);
        assertThat(township.put("/api/v1/users/role-cadre/role", body).statusCode()).isEqualTo(403);
        assertThat(otherAdmin.put("/api/v1/users/role-cadre/role", "{\"role\":\"VILLAGE_CADRE\",\"region\":\""
                + ApiCallers.OTHER_VILLAGE + "\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select role from app_user where username = 'role-cadre'").query(String.class).single())
                .isEqualTo("VILLAGE_CADRE");
    }

    @Test
    void theChangedUsersSessionAndTokenActWithTheNewRoleFromTheNextRequest() throws Exception {
        ApiCaller token = ApiCallers.caller(port, users, tokens, "role-moved", Role.VILLAGE_CADRE, ApiCallers.VILLAGE);
        WebSession session = new WebSession(port);
        session.logIn("role-moved", PASSWORD);
        assertThat(session.fetch("/users").statusCode()).isEqualTo(403);
        assertThat(token.get("/api/v1/users").statusCode()).isEqualTo(403);

        ok(callers.county().put("/api/v1/users/role-moved/role", "{\"role\":\"COUNTY_ADMIN\",\"region\":\""
                + ApiCallers.COUNTY + "\"}"));
        assertThat(session.fetch("/users").statusCode()).isEqualTo(200);
        assertThat(token.get("/api/v1/users").statusCode()).isEqualTo(200);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(cli.run(new String[] {"user", "role", "role-moved", "--role", "village-cadre", "--region",
                ApiCallers.OTHER_VILLAGE}, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("村干部");
        assertThat(session.fetch("/users").statusCode()).isEqualTo(403);
        assertThat(session.fetch("/regions/" + ApiCallers.OTHER_VILLAGE).statusCode()).isEqualTo(200);
        assertThat(session.fetch("/regions/" + ApiCallers.VILLAGE).statusCode()).isIn(403, 404);
    }

    @Test
    void aSessionOfAnAccountDisabledSinceItsLoginEndsAtTheNextRequest() throws Exception {
        assertThat(users.add("role-disabled", Role.VILLAGE_CADRE, ApiCallers.VILLAGE, PASSWORD)).isEmpty();
        WebSession session = new WebSession(port);
        session.logIn("role-disabled", PASSWORD);
        assertThat(session.fetch("/regions/" + ApiCallers.VILLAGE).statusCode()).isEqualTo(200);

        ok(callers.county().post("/api/v1/users/role-disabled/disable", null));
        HttpResponse<String> after = session.fetch("/regions/" + ApiCallers.VILLAGE);
        assertThat(after.uri().getPath()).isEqualTo("/login");
        assertThat(after.body()).contains("action=\"/login\"");
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'USER_ROLE_CHANGE'").query(Long.class).single();
    }
}
