package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #23: {@code /api} takes personal access tokens that act with their user's role and region, cost no BCrypt
 * round and write no login row per call, are stored only as a hash, and stop working when revoked or expired.
 */
@FupinTest
class ApiTokensIntegrationTest {

    static final String VILLAGE = "620721101201";
    static final String OTHER_TOWNSHIP = "620721200000";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void county() throws Exception {
        if (jdbc.sql("select count(*) from region").query(Long.class).single() == 0) Samples.importCounty(imports);
    }

    @Test
    void aTokenActsWithItsUsersRegionAndWritesNoLoginRowPerCall() throws Exception {
        user("token-cadre", Role.VILLAGE_CADRE, VILLAGE);
        String secret = tokens.create("token-cadre", "statistics pull", 30, "admin").secret();
        long loginsBefore = count("LOGIN");

        for (int i = 0; i < 5; i++) assertThat(call("/api/v1/regions/" + VILLAGE, "Bearer " + secret).statusCode()).isEqualTo(200);
        assertThat(call("/api/v1/regions/" + OTHER_TOWNSHIP, "Bearer " + secret).statusCode()).isEqualTo(404);
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(WebSession.uri(port,
                        "/api/v1/monitoring/villages/" + VILLAGE + "/clues")).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ApiCsrfIntegrationTest.CLUE
                        .replace("CSRF-1", "TOKEN-1"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as(write.body()).isEqualTo(200);

        assertThat(count("LOGIN")).isEqualTo(loginsBefore);
        assertThat(jdbc.sql("select last_used_at is not null from api_token where username = 'token-cadre'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void keepsOnlyAHashOfTheSecret() {
        user("token-keeper", Role.COUNTY_ADMIN, "620721000000");
        String secret = tokens.create("token-keeper", "nightly export", 0, "admin").secret();
        String stored = jdbc.sql("select concat_ws('|', token_hash, hint, name) from api_token where username = 'token-keeper'")
                .query(String.class).single();
        assertThat(secret).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
        assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring(8));
    }

    @Test
    void refusesRevokedExpiredAndUnknownTokens() throws Exception {
        user("token-leaver", Role.COUNTY_ADMIN, "620721000000");
        ApiTokens.Created revoked = tokens.create("token-leaver", "old laptop", 0, "admin");
        ApiTokens.Created expired = tokens.create("token-leaver", "short", 1, "admin");
        assertThat(call("/api/v1/regions", "Bearer " + revoked.secret()).statusCode()).isEqualTo(200);

        assertThat(tokens.revoke(revoked.id(), "admin")).isTrue();
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id").param("id", expired.id()).update();

        assertThat(call("/api/v1/regions", "Bearer " + revoked.secret()).statusCode()).isEqualTo(401);
        assertThat(call("/api/v1/regions", "Bearer " + expired.secret()).statusCode()).isEqualTo(401);
        assertThat(call("/api/v1/regions", "Bearer fpt_not-a-token").statusCode()).isEqualTo(401);
        assertThat(count("TOKEN_REVOKED")).isEqualTo(1);
    }

    @Test
    void aUserMakesTheirOwnTokenOnTheAccountPageAndSeesItOnce() throws Exception {
        user("token-self", Role.TOWNSHIP_OFFICER, "620721100000");
        WebSession browser = new WebSession(port);
        browser.logIn("token-self", "Hongwan-well-17");
        String account = browser.get("/account").body();
        String shown = browser.post("/account/tokens", Map.of("name", "my script", "days", "90"), account).body();

        Matcher secret = Pattern.compile("(fpt_[A-Za-z0-9]{40})").matcher(shown);
        assertThat(secret.find()).as("secret shown after creating").isTrue();
        assertThat(shown).contains("my script");
        assertThat(browser.get("/account").body()).doesNotContain(secret.group(1)).contains("my script");
        assertThat(call("/api/v1/regions/620721100000", "Bearer " + secret.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorMakesTokensForUsersOfTheirRegionOnly() throws Exception {
        user("token-county", Role.COUNTY_ADMIN, "620721000000");
        user("token-inside", Role.VILLAGE_CADRE, VILLAGE);
        user("token-officer", Role.TOWNSHIP_OFFICER, "620721100000");
        // a user of another county (its regions are not loaded here)
        jdbc.sql("insert into app_user (username, password_hash, role, scope_code) values ('token-elsewhere', 'x', 'COUNTY_ADMIN', '620722')").update();
        String admin = basic("token-county:Hongwan-well-17");

        HttpResponse<String> inside = post("/api/v1/tokens", admin, "{\"name\":\"field phone\",\"days\":30,\"username\":\"token-inside\"}");
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(201);
        assertThat(inside.body()).contains("fpt_");
        HttpResponse<String> outside = post("/api/v1/tokens", admin, "{\"name\":\"x\",\"username\":\"token-elsewhere\"}");
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(call("/api/v1/tokens?username=token-inside", admin).body()).contains("field phone").doesNotContain("\"secret\"");
        String officer = basic("token-officer:Hongwan-well-17");
        assertThat(post("/api/v1/tokens", officer, "{\"name\":\"x\",\"username\":\"token-inside\"}").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/tokens", officer, "{\"name\":\"mine\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aCountyAdministratorMakesNoTokenForAnotherAdministratorAndATokenMakesNoTokens() throws Exception {
        user("token-boss", Role.COUNTY_ADMIN, "620721000000");
        user("token-peer", Role.COUNTY_ADMIN, "620721000000");
        user("token-root", Role.SYSTEM_ADMIN, "620721000000");
        String boss = ApiTokensIntegrationTest.basic("token-boss:Hongwan-well-17");

        assertThat(post("/api/v1/tokens", boss, "{\"name\":\"x\",\"username\":\"token-root\"}").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/tokens", boss, "{\"name\":\"x\",\"username\":\"token-peer\"}").statusCode()).isEqualTo(404);
        assertThat(tokens.of("token-root")).isEmpty();

        String bearer = "Bearer " + tokens.create("token-boss", "script", 1, "admin").secret();
        assertThat(post("/api/v1/tokens", bearer, "{\"name\":\"forever\"}").statusCode()).isEqualTo(403);
        assertThat(tokens.of("token-boss")).hasSize(1);
    }

    @Test
    void basicLoginsAreNotedOncePerSessionAndFailuresAggregated() throws Exception {
        user("token-basic", Role.COUNTY_ADMIN, "620721000000");
        long logins = count("LOGIN");
        long failures = count("LOGIN_FAILED");
        for (int i = 0; i < 6; i++) assertThat(call("/api/v1/regions", basic("token-basic:Hongwan-well-17")).statusCode()).isEqualTo(200);
        for (int i = 0; i < 20; i++) assertThat(call("/api/v1/regions", basic("token-basic:wrong-" + i)).statusCode()).isEqualTo(401);

        assertThat(count("LOGIN") - logins).isEqualTo(1);
        // the 1st, 2nd, 4th, 8th and 16th failure
        assertThat(count("LOGIN_FAILED") - failures).isEqualTo(5);
        assertThat(jdbc.sql("select detail from audit_event where action = 'LOGIN_FAILED' order by id desc limit 1")
                .query(String.class).single()).endsWith("x16");
        // other names tried from the same address count on, without a row each
        for (int i = 0; i < 10; i++) call("/api/v1/regions", basic("nobody-" + i + ":wrong"));
        assertThat(count("LOGIN_FAILED") - failures).isEqualTo(5);
    }

    private void user(String name, Role role, String region) {
        assertThat(users.add(name, role, region, "Hongwan-well-17")).isEmpty();
    }

    private long count(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action").param("action", action).query(Long.class).single();
    }

    private HttpResponse<String> call(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(WebSession.uri(port, path)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(WebSession.uri(port, path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
