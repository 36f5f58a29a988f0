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
 * A household's planned exit year set over REST as the household's assistance page sets it (issue #27): by the
 * village's cadre, counted in the village's battle plan as the cadre and the county administrator read it; another
 * village's cadre gets 404, an auditor 403, a year out of range 400, none of them written or audited.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdExitPlanApiIntegrationTest {

    private static final String PLAN = "/api/v1/assistance/regions/" + ApiCallers.VILLAGE
            + "/battle-plan?registryYear=2015&year=2017";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private String base;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        long household = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 1).rows().get(0).id();
        callers = ApiCallers.of(port, users, tokens, "exit-plan");
        base = "/api/v1/assistance/households/" + household;
    }

    @Test
    void theVillagesCadrePlansTheExitYearThatTheBattlePlanCounts() throws Exception {
        assertThat(planned(callers.county())).isZero();
        assertThat(callers.otherCadre().put(base + "/exit-plan", "{\"plannedYear\":2016}").statusCode()).isEqualTo(404);
        assertThat(callers.auditor().put(base + "/exit-plan", "{\"plannedYear\":2016}").statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = callers.ownCadre().put(base + "/exit-plan", "{\"plannedYear\":1990}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(audited()).isZero();

        HttpResponse<String> planned = callers.ownCadre().put(base + "/exit-plan", "{\"plannedYear\":2016}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        assertThat(audited()).isOne();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(planned(reader)).isOne();
        }
        assertThat(callers.otherCadre().get(PLAN).statusCode()).isEqualTo(404);
    }

    private int planned(ApiCaller reader) throws Exception {
        HttpResponse<String> read = reader.get(PLAN);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode plan = json.readTree(read.body());
        return plan.path("total").path("planned").asInt();
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'EXIT_PLAN' and target like 'household:%'")
                .query(Long.class).single();
    }
}
