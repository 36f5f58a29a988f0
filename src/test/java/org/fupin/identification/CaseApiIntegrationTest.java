package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import java.time.LocalDate;
import org.fupin.household.HouseholdEditor;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An identification case carried through REST as the case page carries it (issue #27): the village's cadre opens
 * it, records its first steps, opens its notice, records and resolves an objection; a second case is rejected; two
 * more get one shared notice. The
 * cadre and the county administrator read both back; another village's cadre gets 404 on each write, an auditor 403.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiIntegrationTest {

    private static final String OPEN = "{\"kind\":\"IDENTIFICATION\",\"date\":\"2015-03-01\"}";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private long first;
    private long second;

    @BeforeAll
    void householdsAndCallers() {
        Samples.importCounty(imports);
        first = TestHouseholds.household(editor).number("T-API-C1").head("接口户", "62072119700606041").create();
        second = TestHouseholds.household(editor).number("T-API-C2").head("接口二户", "62072119700606053").create();
        callers = ApiCallers.of(port, users, tokens, "cases");
    }

    @Test
    void theVillagesCadreOpensACaseTakesItToItsNoticeAndResolvesAnObjection() throws Exception {
        String open = "/api/v1/identification/households/" + first + "/cases";
        assertThat(callers.otherCadre().post(open, OPEN).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(open, OPEN).statusCode()).isEqualTo(403);
        String base = "/api/v1/identification/cases/" + json.readTree(ok(callers.ownCadre().post(open, OPEN))).path("id").asLong();
        step(base, "{\"step\":\"APPLICATION\",\"date\":\"2015-03-01\",\"backdateReason\":\"补录纸质材料\"}");
        step(base, "{\"step\":\"DEMOCRATIC_APPRAISAL\",\"date\":\"2015-03-04\",\"backdateReason\":\"补录纸质材料\","
                + "\"meeting\":{\"date\":\"2015-03-04\",\"attendance\":21,\"votesFor\":20,\"votesAgainst\":1}}");
        step(base, "{\"step\":\"VERIFICATION\",\"date\":\"2015-03-06\",\"backdateReason\":\"补录纸质材料\"}");

        String notice = "{\"title\":\"API第一次公示\",\"start\":\"2015-03-10\",\"place\":\"村委会公示栏\"}";
        assertThat(callers.otherCadre().post(base + "/notice", notice).statusCode()).isEqualTo(404);
        String notices = "/api/v1/identification/notices/"
                + json.readTree(ok(callers.ownCadre().post(base + "/notice", notice))).path("noticeId").asLong();
        JsonNode objected = json.readTree(ok(callers.ownCadre().post(notices + "/objections", "{\"objector\":\"村民\","
                + "\"content\":\"收入有隐瞒\",\"receivedOn\":\"2015-03-11\"}")));
        String resolution = "{\"objectionId\":" + objected.path("id").asLong()
                + ",\"outcome\":\"经核实不成立\",\"resolvedOn\":\"2015-03-12\"}";
        assertThat(callers.otherCadre().post(notices + "/resolve", resolution).statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post(notices + "/resolve", resolution));

        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(json.readTree(ok(reader.get(base))).path("status").asString()).isEqualTo("FIRST_NOTICE");
            JsonNode read = json.readTree(ok(reader.get(notices)));
            assertThat(read.path("title").asString()).isEqualTo("API第一次公示");
            assertThat(read.path("objections").get(0).path("outcome").asString()).isEqualTo("经核实不成立");
        }
    }

    @Test
    void theVillagesCadreRejectsACaseThatTheCountyReadsBackAsRejected() throws Exception {
        String base = "/api/v1/identification/cases/" + json.readTree(ok(callers.ownCadre()
                .post("/api/v1/identification/households/" + second + "/cases", OPEN))).path("id").asLong();
        String rejection = "{\"date\":\"2015-03-02\",\"reasons\":\"家庭收入超过标准\",\"step\":\"APPLICATION\"}";
        assertThat(callers.otherCadre().post(base + "/reject", rejection).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(base + "/reject", rejection).statusCode()).isEqualTo(403);
        ok(callers.ownCadre().post(base + "/reject", rejection));
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(ok(reader.get(base))).contains("REJECTED", "家庭收入超过标准");
        }
        assertThat(callers.otherCadre().get(base).statusCode()).isEqualTo(404);
    }

    @Test
    void theVillagesCadreOpensOneNoticeForTwoCasesAtTheSameStep() throws Exception {
        long[] ids = {atNoticeStep("T-API-C3", "62072119700606061"), atNoticeStep("T-API-C4", "62072119700606071")};
        String shared = "/api/v1/identification/villages/" + ApiCallers.VILLAGE + "/notices";
        String body = "{\"caseIds\":[" + ids[0] + "," + ids[1] + "],\"title\":\"API联合公示\",\"start\":\"2015-03-10\","
                + "\"place\":\"村委会公示栏\"}";
        assertThat(callers.otherCadre().post(shared, body).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(shared, body).statusCode()).isEqualTo(403);
        long notice = json.readTree(ok(callers.ownCadre().post(shared, body))).path("noticeId").asLong();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode read = json.readTree(ok(reader.get("/api/v1/identification/notices/" + notice)));
            assertThat(read.path("title").asString()).isEqualTo("API联合公示");
            assertThat(read.path("entries").size()).isEqualTo(2);
        }
    }

    /** A case of a new household at its first notice, through the module as the other tests of cases set it up. */
    private long atNoticeStep(String number, String idBody) {
        long household = TestHouseholds.household(editor).number(number).head("联合户", idBody).create();
        Actor actor = new Actor("cadre", "VILLAGE_CADRE");
        long id = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.of(2015, 3, 1), actor);
        cases.complete(RegionScope.ALL, id, Step.APPLICATION, Backdated.on(LocalDate.of(2015, 3, 1), ""), actor);
        cases.complete(RegionScope.ALL, id, Step.DEMOCRATIC_APPRAISAL, Backdated.input(LocalDate.of(2015, 3, 4), "",
                new Meeting(LocalDate.of(2015, 3, 4), 21, 20, 1), null), actor);
        cases.complete(RegionScope.ALL, id, Step.VERIFICATION, Backdated.on(LocalDate.of(2015, 3, 6), ""), actor);
        return id;
    }

    private void step(String base, String body) throws Exception {
        assertThat(callers.otherCadre().post(base + "/steps", body).statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post(base + "/steps", body));
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
