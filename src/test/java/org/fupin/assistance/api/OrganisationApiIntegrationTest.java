package org.fupin.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
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
 * Helping units and cadres written through REST as the assistance page writes them (issue #27): by the county
 * administrator (as the page, audited), shown on the page and read back by the village's cadre and the county; another
 * village's cadre does not see them; cadres and auditors may not write (403), a region outside the county is 404.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "organisations");
    }

    @Test
    void theCountyAddsAUnitAndACadreThatTheVillageAndThePageShowButNotTheVillageNextDoor() throws Exception {
        String unit = "{\"name\":\"API村合作社\",\"level\":\"VILLAGE\",\"region\":\"" + ApiCallers.VILLAGE + "\"}";
        long units = audited("ADD_UNIT");
        long unitId = created(callers.county().post("/api/v1/assistance/units", unit));
        assertThat(audited("ADD_UNIT")).isEqualTo(units + 1);
        long cadreId = created(callers.county().post("/api/v1/assistance/cadres", "{\"unitId\":" + unitId
                + ",\"name\":\"API乙\",\"post\":\"理事长\",\"phone\":\"13700137002\",\"flags\":[\"FIRST_SECRETARY\"]}"));
        assertThat(audited("ADD_CADRE")).isOne();

        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(ok(reader.get("/api/v1/assistance/units"))).contains("\"id\":" + unitId, "API村合作社");
            JsonNode cadre = cadre(reader, cadreId);
            assertThat(cadre.path("name").asString()).isEqualTo("API乙");
            assertThat(cadre.path("unitName").asString()).isEqualTo("API村合作社");
            assertThat(cadre.path("phoneMasked").asString()).isNotEqualTo("13700137002").endsWith("7002");
            assertThat(cadre.path("flags").toString()).contains("FIRST_SECRETARY");
        }
        assertThat(ok(callers.otherCadre().get("/api/v1/assistance/units"))).doesNotContain("API村合作社");
        assertThat(ok(callers.otherCadre().get("/api/v1/assistance/cadres"))).doesNotContain("API乙");

        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(admin.get("/assistance").body()).contains("API村合作社", "API乙");
    }

    @Test
    void cadresAndAuditorsMayNotWriteAndARegionOutsideTheCountyIsNotFound() throws Exception {
        String unit = "{\"name\":\"API不该有\",\"level\":\"VILLAGE\",\"region\":\"" + ApiCallers.VILLAGE + "\"}";
        for (ApiCaller writer : List.of(callers.ownCadre(), callers.otherCadre(), callers.auditor())) {
            assertThat(writer.post("/api/v1/assistance/units", unit).statusCode()).isEqualTo(403);
            assertThat(writer.post("/api/v1/assistance/cadres", "{\"unitId\":1,\"name\":\"API不该有\"}").statusCode())
                    .isEqualTo(403);
        }
        assertThat(callers.county().post("/api/v1/assistance/units",
                "{\"name\":\"API不该有\",\"level\":\"CITY\",\"region\":\"620700000000\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from assistance_unit where name = 'API不该有'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theModulesRulesAnswer409AndABadBodyLocatesItsFields() throws Exception {
        String unit = "{\"name\":\"API重名\",\"level\":\"COUNTY\",\"region\":\"" + ApiCallers.COUNTY + "\"}";
        long unitId = created(callers.county().post("/api/v1/assistance/units", unit));
        assertThat(refusal(callers.county().post("/api/v1/assistance/units", unit))).isEqualTo("UNIT_EXISTS");
        assertThat(refusal(callers.county().post("/api/v1/assistance/cadres",
                "{\"unitId\":" + unitId + ",\"name\":\"API丙\",\"phone\":\"12345\"}"))).isEqualTo("CADRE_PHONE");
        assertThat(refusal(callers.county().post("/api/v1/assistance/cadres",
                "{\"unitId\":999999,\"name\":\"API丙\"}"))).isEqualTo("UNIT_UNKNOWN");

        HttpResponse<String> invalid = callers.county().post("/api/v1/assistance/units", "{\"name\":\"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).path("errors").toString())
                .contains("\"name\"", "\"level\"", "\"region\"");
    }

    private JsonNode cadre(ApiCaller reader, long id) throws Exception {
        for (JsonNode cadre : json.readTree(ok(reader.get("/api/v1/assistance/cadres")))) {
            if (cadre.path("id").asLong() == id) return cadre;
        }
        throw new AssertionError("cadre " + id + " not listed");
    }

    private String refusal(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        return json.readTree(response.body()).path("code").asString();
    }

    private long created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("id").asLong();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
