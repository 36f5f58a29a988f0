package org.fupin.identification.api;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Carrying households into the next year over REST (issue #27), as the adjustment page's prefill does through
 * {@code SnapshotPrefill} and {@code HouseholdEditor.carryForward}: the village's cadre carries its village from 2015
 * into 2016, the cadre and the county administrator read the 2016 households back; another village's cadre gets 404
 * and an auditor 403, with nothing carried.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefillApiIntegrationTest {

    private static final String PREFILL = "/api/v1/identification/villages/" + ApiCallers.VILLAGE + "/prefill?year=2015";
    private static final String NEXT_YEAR = "/api/v1/households?region=" + ApiCallers.VILLAGE + "&year=2016";

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
        callers = ApiCallers.of(port, users, tokens, "prefill");
    }

    @Test
    void theVillagesCadreCarriesItsHouseholdsIntoTheNextYearAndEveryoneInScopeReadsThemBack() throws Exception {
        long inFrom = total(callers.county(), "/api/v1/households?region=" + ApiCallers.VILLAGE + "&year=2015");
        assertThat(inFrom).isPositive();
        assertThat(callers.otherCadre().post(PREFILL, null).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(PREFILL, null).statusCode()).isEqualTo(403);
        assertThat(total(callers.county(), NEXT_YEAR)).isZero();
        assertThat(audited()).isZero();

        JsonNode result = json.readTree(ok(callers.ownCadre().post(PREFILL, null)));
        assertThat(result.path("carried").asLong() + result.path("leftOut").asLong()).isEqualTo(inFrom);
        assertThat(audited()).isOne();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(total(reader, NEXT_YEAR)).isEqualTo(result.path("carried").asLong()).isPositive();
        }
        assertThat(callers.otherCadre().get(NEXT_YEAR).statusCode()).isEqualTo(404);

        String withoutYear = PREFILL.substring(0, PREFILL.indexOf('?'));
        assertThat(callers.county().post(withoutYear, null).body()).contains("\"field\":\"year\"", "必须填写");
        assertThat(callers.county().inLanguage("en").post(withoutYear, null).body()).contains("Is required");
        JsonNode again = json.readTree(ok(callers.county().post(PREFILL, null)));
        assertThat(again.path("carried").asLong()).isZero();
        assertThat(again.path("existing").asLong()).isEqualTo(result.path("carried").asLong());
    }

    private long total(ApiCaller caller, String path) throws Exception {
        return json.readTree(ok(caller.get(path))).path("total").asLong();
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'PREFILL_SNAPSHOT'").query(Long.class).single();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
