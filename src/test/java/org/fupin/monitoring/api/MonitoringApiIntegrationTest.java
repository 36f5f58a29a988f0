package org.fupin.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.domain.RangeRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A monitoring case carried through REST as the case pages carry it (issue #27): the village's cadre records the
 * clue, the home visit, the comparison, the village review, the notice and its posting, the county administrator the
 * township review and the county decision; then the cadre's measure, follow-ups, elimination visit and notice, and
 * the county's elimination. The cadre and the county read every step back; another village's cadre gets 404 on the
 * steps, an auditor 403; the steps are audited as the page's.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringApiIntegrationTest {

    private static final String CLUES = "/api/v1/monitoring/villages/" + ApiCallers.VILLAGE + "/clues";
    private static final String CLUE = "{\"householdNumber\":\"T-API-M1\",\"headName\":\"API监测户\",\"memberCount\":2,"
            + "\"channel\":\"CADRE_SCREENING\",\"riskType\":\"UNSTABLE_EMPLOYMENT\",\"receivedOn\":\"2024-03-01\","
            + "\"detail\":\"返乡\"}";
    private static final String VISIT = "{\"visitedOn\":\"2024-03-05\",\"visitors\":[\"甲\",\"乙\"],\"consentSigned\":true,"
            + "\"consentEvidence\":\"承诺授权书\",\"incomePerCapita\":6000,\"rigidExpenditure\":0,\"exited\":false,"
            + "\"hasLabour\":true,\"riskTypes\":[\"UNSTABLE_EMPLOYMENT\"]}";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired MonitoringRanges ranges;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;

    @BeforeAll
    void countyRangeAndCallers() {
        Samples.importCounty(imports);
        ranges.setRange(org.fupin.region.RegionScope.ALL, "620721", 2024,
                new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal("7000")), null, "test range", "test");
        callers = ApiCallers.of(port, users, tokens, "monitoring");
    }

    @Test
    void theVillagesCadreAndTheCountyCarryACaseThroughEveryStepAndReadItBack() throws Exception {
        assertThat(callers.otherCadre().post(CLUES, CLUE).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(CLUES, CLUE).statusCode()).isEqualTo(403);
        String base = identified("T-API-M1");
        assertThat(audited("MONITORING_VISIT")).isGreaterThanOrEqualTo(1);
        assertThat(audited("MONITORING_STEP")).isGreaterThanOrEqualTo(4);
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode detail = json.readTree(ok(reader.get(base)));
            assertThat(detail.path("steps").size()).isGreaterThanOrEqualTo(6);
            assertThat(detail.path("episode").path("householdNumber").asString()).isEqualTo("T-API-M1");
            assertThat(json.readTree(ok(reader.get("/api/v1/identification/notices/" + noticeId("API监测对象公示T-API-M1"))))
                    .path("place").asString()).isEqualTo("村务公开栏");
        }
        assertThat(callers.otherCadre().get(base).statusCode()).isEqualTo(404);
    }

    @Test
    void theVillagesCadreHelpsTheHouseholdUntilTheCountyDeclaresTheRiskEliminated() throws Exception {
        String base = identified("T-API-M2");
        String measure = "{\"kind\":\"EMPLOYMENT\",\"startedOn\":\"2024-03-25\",\"description\":\"务工介绍\"}";
        assertThat(callers.otherCadre().post(base + "/measures", measure).statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post(base + "/measures", measure));
        for (int month = 4; month <= 10; month++) {
            ok(callers.ownCadre().post(base + "/follow-ups", "{\"visitedOn\":\"2024-" + (month < 10 ? "0" : "") + month
                    + "-15\",\"incomePerCapita\":9000,\"rigidResolved\":true,\"guaranteesSecure\":true,"
                    + "\"waterSecure\":true,\"note\":\"走访\"}"));
        }
        String visit = "{\"on\":\"2024-10-20\",\"visitors\":[\"甲\",\"乙\"],\"comment\":\"核实\"}";
        assertThat(callers.otherCadre().post(base + "/elimination-visit", visit).statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post(base + "/elimination-visit", visit));
        ok(callers.ownCadre().post(base + "/elimination-notice", "{\"title\":\"API风险消除公示\",\"on\":\"2024-10-21\","
                + "\"place\":\"村务公开栏\"}"));
        post(noticeId("API风险消除公示"), "2024-10-21");
        assertThat(callers.auditor().post(base + "/eliminate", "{\"on\":\"2024-10-26\"}").statusCode()).isEqualTo(403);
        ok(callers.county().post(base + "/eliminate", "{\"on\":\"2024-10-26\",\"comment\":\"审核确认\"}"));

        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode detail = json.readTree(ok(reader.get(base)));
            assertThat(detail.path("episode").path("status").asString()).isEqualTo("ELIMINATED");
            assertThat(detail.path("measures").size()).isOne();
            assertThat(detail.path("followUps").size()).isEqualTo(7);
        }
        assertThat(audited("MONITORING_MEASURE")).isOne();
    }

    /** A household identified for monitoring through REST: clue, visit, comparison, review, notice, township, county. */
    private String identified(String householdNumber) throws Exception {
        String clue = CLUE.replace("T-API-M1", householdNumber);
        long id = json.readTree(ok(callers.ownCadre().post(CLUES, clue))).path("episode").path("id").asLong();
        String base = "/api/v1/monitoring/episodes/" + id;
        assertThat(callers.otherCadre().post(base + "/visit", VISIT).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(base + "/visit", VISIT).statusCode()).isEqualTo(403);
        ok(callers.ownCadre().post(base + "/visit", VISIT));
        ok(callers.ownCadre().post(base + "/comparison", "{\"on\":\"2024-03-06\"}"));
        assertThat(callers.otherCadre().post(base + "/review", "{\"on\":\"2024-03-08\"}").statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post(base + "/review", "{\"on\":\"2024-03-08\",\"approved\":true}"));
        ok(callers.ownCadre().post(base + "/notice", "{\"title\":\"API监测对象公示" + householdNumber
                + "\",\"on\":\"2024-03-12\",\"place\":\"村务公开栏\"}"));
        post(noticeId("API监测对象公示" + householdNumber), "2024-03-12");
        assertThat(callers.otherCadre().post(base + "/township", "{\"on\":\"2024-03-18\"}").statusCode()).isEqualTo(404);
        ok(callers.county().post(base + "/township", "{\"on\":\"2024-03-18\",\"approved\":true}"));
        ok(callers.county().post(base + "/county", "{\"on\":\"2024-03-22\",\"approved\":true}"));
        return base;
    }

    /** The notice's posting recorded through REST, refused to another village's cadre. */
    private void post(long notice, String day) throws Exception {
        String posting = "/api/v1/identification/notices/" + notice + "/posting";
        String posted = "{\"postedOn\":\"" + day + "\",\"place\":\"村务公开栏\",\"evidence\":\"照片\"}";
        assertThat(callers.otherCadre().post(posting, posted).statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post(posting, posted));
    }

    private long noticeId(String title) throws Exception {
        for (JsonNode n : json.readTree(ok(callers.ownCadre().get("/api/v1/identification/notices")))) {
            if (n.path("title").asString().equals(title)) return n.path("id").asLong();
        }
        throw new AssertionError("no notice " + title);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
