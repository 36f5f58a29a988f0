package org.fupin.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.comparison.domain.ListType;
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
 * Comparison over REST as its pages do it (issue #27): the village's cadre records a household's consent, the county
 * administrator runs the comparison, the cadre dismisses the hit with a reason, and both read the hit back; another
 * village's cadre gets 404, an auditor 403 on the review, a cadre 403 on the run.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonApiParityIntegrationTest {

    private static final String VILLAGE = ComparisonPagesIntegrationTest.VILLAGE;

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Comparison comparison;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCaller cadre;
    private ApiCaller nextDoor;
    private ApiCaller county;
    private ApiCaller auditor;
    private long household;

    @BeforeAll
    void aPayrollListAndCallers() throws Exception {
        Samples.importCounty(imports);
        household = jdbc.sql("select id from household where household_number = :n and year = 2015")
                .param("n", ComparisonPagesIntegrationTest.HOUSEHOLD).query(Long.class).single();
        comparison.importList(ComparisonEndToEndIntegrationTest.csv("payroll", """
                证件号码,姓名,供养类别,工作单位
                %s,某某,事业编制,县第一中学
                """.formatted(ComparisonPagesIntegrationTest.MEMBER_ID)),
                new ListSource(ListType.PAYROLL, "县财政局", LocalDate.of(2015, 6, 30)), Imports.DEFAULT_LOCALE);
        cadre = caller("cmp-api-cadre", Role.VILLAGE_CADRE, VILLAGE);
        nextDoor = caller("cmp-api-next", Role.VILLAGE_CADRE, "620721204208");
        county = caller("cmp-api-county", Role.COUNTY_ADMIN, "620721000000");
        auditor = caller("cmp-api-auditor", Role.AUDITOR, "620721000000");
    }

    @Test
    void theCadreRecordsConsentTheCountyRunsAndTheCadreDismissesTheHit() throws Exception {
        String consent = "/api/v1/comparison/households/" + household + "/consent?signedOn=2015-04-01&evidence="
                + URLEncoder.encode("授权书扫描件", StandardCharsets.UTF_8);
        assertThat(nextDoor.post(consent, null).statusCode()).isEqualTo(404);
        assertThat(ok(cadre.post(consent, null))).contains("授权书扫描件");

        String run = "{\"region\":\"" + VILLAGE + "\",\"year\":2015}";
        assertThat(cadre.post("/api/v1/comparison/runs", run).statusCode()).isEqualTo(403);
        long runId = json.readTree(ok(county.post("/api/v1/comparison/runs", run))).path("id").asLong();
        long hit = comparison.hitsOfRun(runId).stream().filter(h -> h.ruleCode().equals("PUBLIC_PAYROLL"))
                .findFirst().orElseThrow().id();
        assertThat(json.readTree(ok(county.get("/api/v1/comparison/runs"))).toString()).contains("\"id\":" + runId);

        String review = "/api/v1/comparison/hits/" + hit + "/review?decision=DISMISS&note="
                + URLEncoder.encode("已调离，工资不在本县发放", StandardCharsets.UTF_8);
        assertThat(nextDoor.post(review, null).statusCode()).isEqualTo(404);
        assertThat(auditor.post(review, null).statusCode()).isEqualTo(403);
        ok(cadre.post(review, null));
        for (ApiCaller reader : List.of(cadre, county)) {
            JsonNode read = json.readTree(ok(reader.get("/api/v1/comparison/hits/" + hit)));
            assertThat(read.path("reviewNote").asString()).isEqualTo("已调离，工资不在本县发放");
            assertThat(read.path("hit").path("withoutConsent").asBoolean()).isFalse();
        }
        assertThat(nextDoor.get("/api/v1/comparison/hits/" + hit).statusCode()).isEqualTo(404);
    }

    private ApiCaller caller(String name, Role role, String region) {
        return ApiCallers.caller(port, users, tokens, name, role, region);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
