package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.household.HouseholdEditor;
import org.fupin.identification.domain.CaseKind;
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
 * A finding against an exclusion rule recorded over REST as the case's decision page records it (issue #27): the
 * village's cadre records it, the cadre and the county administrator read it back and the case's decision weighs it;
 * another village's cadre gets 404 both ways, an auditor 403; an unknown rule is 400 with nothing written.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExclusionFindingApiIntegrationTest {

    private static final String FINDING = "{\"rule\":\"COMMERCIAL_HOUSING\",\"detail\":\"API县城商品房95平方米\","
            + "\"source\":\"不动产登记\"}";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private String base;

    @BeforeAll
    void caseAndCallers() {
        Samples.importCounty(imports);
        long household = TestHouseholds.household(editor).number("T-API-X1").head("比对户", "62072119700505031").create();
        long caseId = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.now(),
                new Actor("cadre", "VILLAGE_CADRE"));
        callers = ApiCallers.of(port, users, tokens, "findings");
        base = "/api/v1/identification/cases/" + caseId;
    }

    @Test
    void theVillagesCadreRecordsAFindingThatTheCountyReadsBackAndTheDecisionWeighs() throws Exception {
        assertThat(callers.otherCadre().post(base + "/findings", FINDING).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().get(base + "/findings").statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(base + "/findings", FINDING).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = callers.ownCadre().post(base + "/findings", "{\"rule\":\"NO_SUCH_RULE\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("errors").get(0).path("field").asString()).isEqualTo("rule");
        assertThat(audited()).isZero();
        assertThat(ok(callers.ownCadre().get(base + "/decision"))).doesNotContain("API县城商品房");

        HttpResponse<String> recorded = callers.ownCadre().post(base + "/findings", FINDING);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(audited()).isOne();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode findings = json.readTree(ok(reader.get(base + "/findings")));
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).path("rule").asString()).isEqualTo("COMMERCIAL_HOUSING");
            assertThat(findings.get(0).path("detail").asString()).isEqualTo("API县城商品房95平方米 (不动产登记)");
            assertThat(ok(reader.get(base + "/decision"))).contains("API县城商品房95平方米");
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'EXCLUSION_FINDING' and target like '%T-API-X1'")
                .query(Long.class).single();
    }
}
