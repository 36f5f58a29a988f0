package org.fupin.funds.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A project from its application to a payment through REST, as the project pages take it (issue #27): the village's
 * cadre applies and carries it through, the county administrator allocates the funds; another village's cadre
 * neither sees nor changes it, and a cadre records no allocation.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;

    @BeforeAll
    void county() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "project");
    }

    @Test
    void aProjectGoesFromApplicationToPaymentAndIsReadBackInScopeOnly() throws Exception {
        ApiCaller cadre = callers.ownCadre();
        String allocation = "{\"year\":2020,\"source\":\"PROVINCE\",\"documentNumber\":\"API财〔2020〕9号\","
                + "\"amount\":50000,\"issuedDate\":\"2020-01-10\"}";
        assertThat(cadre.post("/api/v1/assistance/regions/" + ApiCallers.COUNTY + "/allocations", allocation)
                .statusCode()).isEqualTo(403);
        long allocationId = id(callers.county().post("/api/v1/assistance/regions/" + ApiCallers.COUNTY + "/allocations",
                allocation), 201);

        long project = id(cadre.post("/api/v1/assistance/regions/" + ApiCallers.VILLAGE + "/projects", "{\"year\":2020,"
                + "\"name\":\"API光伏电站\",\"category\":\"光伏\",\"nature\":\"新建\",\"schedule\":\"2020年\","
                + "\"responsibleUnit\":\"县扶贫办\",\"tasks\":\"30千瓦\",\"funding\":\"省级资金\",\"beneficiaries\":\"10户\","
                + "\"povertyMechanism\":\"收益分红\",\"budget\":30000}"), 201);
        String base = "/api/v1/assistance/projects/" + project;
        step(cadre, base, "REVIEWED", "2020-02-01", 200);
        HttpResponse<String> refused = cadre.post(base + "/steps", "{\"to\":\"IN_LIBRARY\",\"date\":\"2020-02-20\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).path("messages").size()).isEqualTo(2);
        id(cadre.put(base + "/target", "{\"performanceTarget\":\"年收益3万元\",\"version\":" + version(cadre, base) + "}"), 200);
        id(cadre.put(base + "/publicity", "{\"start\":\"2020-02-01\",\"end\":\"2020-02-10\",\"version\":"
                + version(cadre, base) + "}"), 200);
        step(cadre, base, "IN_LIBRARY", "2020-02-20", 200);
        step(cadre, base, "IMPLEMENTING", "2020-03-01", 200);
        long household = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 1).rows().get(0).id();
        id(cadre.post(base + "/beneficiaries", "{\"householdId\":" + household + "}"), 201);
        HttpResponse<String> overspent = cadre.post(base + "/disbursements", "{\"allocationId\":" + allocationId
                + ",\"date\":\"2020-04-01\",\"amount\":50000.01,\"payee\":\"施工方\"}");
        assertThat(overspent.statusCode()).isEqualTo(409);
        id(cadre.post(base + "/disbursements", "{\"allocationId\":" + allocationId
                + ",\"date\":\"2020-04-01\",\"amount\":30000,\"payee\":\"施工方\"}"), 201);

        for (ApiCaller reader : new ApiCaller[] {cadre, callers.county()}) {
            JsonNode read = json.readTree(reader.get(base).body());
            assertThat(read.path("status").asString()).isEqualTo("IMPLEMENTING");
            assertThat(read.path("paid").decimalValue()).isEqualByComparingTo("30000");
            assertThat(read.path("beneficiaries").asInt()).isEqualTo(1);
        }
        assertThat(callers.otherCadre().get(base).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().post(base + "/steps", "{\"to\":\"COMPLETED\",\"date\":\"2020-05-01\"}")
                .statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROJECT_APPLY' and detail = 'API光伏电站'")
                .query(Long.class).single()).isEqualTo(1);
        JsonNode allocations = json.readTree(callers.county().get("/api/v1/assistance/regions/" + ApiCallers.COUNTY
                + "/allocations?year=2020").body());
        assertThat(allocations.toString()).contains("API财〔2020〕9号");
    }

    private void step(ApiCaller caller, String base, String to, String date, int status) throws Exception {
        id(caller.post(base + "/steps", "{\"to\":\"" + to + "\",\"date\":\"" + date + "\"}"), status);
    }

    private int version(ApiCaller caller, String base) throws Exception {
        return json.readTree(caller.get(base).body()).path("version").asInt();
    }

    private long id(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body()).path("id").asLong();
    }
}
