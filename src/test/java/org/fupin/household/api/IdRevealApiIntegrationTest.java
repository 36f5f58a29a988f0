package org.fupin.household.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.IdNumber;
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
 * A member's full ID number over REST as the reveal page shows it (issue #27): the village's cadre and the county
 * administrator get it with a reason, each reveal audited with the reason and the answer not cached; another village's
 * cadre gets 404, an auditor and a work team member 403 (as on the page); a short reason is 400 and nothing is audited.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdRevealApiIntegrationTest {

    private static final String REASON = "{\"reason\":\"核对医保参保信息\"}";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private ApiCaller workTeam;
    private long household;
    private String path;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        household = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 1).rows().get(0).id();
        callers = ApiCallers.of(port, users, tokens, "reveal");
        workTeam = ApiCallers.caller(port, users, tokens, "reveal-team", Role.WORK_TEAM_MEMBER, ApiCallers.VILLAGE);
        path = "/api/v1/households/" + household + "/members/1/id-number";
    }

    @Test
    void theVillagesCadreAndTheCountySeeTheNumberWithAReasonAndEachRevealIsAudited() throws Exception {
        String masked = json.readTree(callers.county().get("/api/v1/households/" + household).body())
                .path("members").get(0).path("idNumberMasked").asString();
        String number = null;
        for (ApiCaller officer : List.of(callers.ownCadre(), callers.county())) {
            long before = audited();
            HttpResponse<String> revealed = officer.post(path, REASON);
            assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
            assertThat(revealed.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            number = json.readTree(revealed.body()).path("idNumber").asString();
            assertThat(number).matches("\\d{17}[\\dX]").isNotEqualTo(masked);
            assertThat(IdNumber.masked(number)).isEqualTo(masked);
            assertThat(audited()).isEqualTo(before + 1);
        }
        assertThat(jdbc.sql("select detail from audit_event where action = 'REVEAL_ID' order by id desc limit 1")
                .query(String.class).single()).contains("核对医保参保信息", masked).doesNotContain(number);
    }

    @Test
    void rejectsARevealOutsideTheRegionByAnAuditorOrWithoutAReason() throws Exception {
        long before = audited();
        assertThat(callers.otherCadre().post(path, REASON).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().post(path, "{\"reason\":\"\"}").statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(path, REASON).statusCode()).isEqualTo(403);
        assertThat(workTeam.post(path, REASON).statusCode()).isEqualTo(403);
        HttpResponse<String> short_ = callers.ownCadre().post(path, "{\"reason\":\"看看\"}");
        assertThat(short_.statusCode()).as(short_.body()).isEqualTo(400);
        JsonNode problem = json.readTree(short_.body());
        assertThat(problem.path("code").asString()).isEqualTo("INVALID");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(callers.ownCadre().post(path.replace("/members/1/", "/members/99/"), REASON).statusCode())
                .isEqualTo(404);
        assertThat(audited()).isEqualTo(before);
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'REVEAL_ID' and target like :t")
                .param("t", "household:" + household + "/%").query(Long.class).single();
    }
}
