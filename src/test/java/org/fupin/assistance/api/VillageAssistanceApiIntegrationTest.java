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
import org.fupin.assistance.Organisations;
import org.fupin.assistance.UnitLevel;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
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
 * A village's leaders, helping unit, work team and planned exit year written through REST as the village page writes
 * them (issue #27), read back by id with their cadres, units and days, through the staffing and the battle plan by
 * the village's cadre and the county administrator, and shown on the page; another village's cadre gets 404 both
 * ways, an auditor 403 on writes; each change is audited as the page's.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageAssistanceApiIntegrationTest {

    private static final String BASE = "/api/v1/assistance/regions/" + ApiCallers.VILLAGE;

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Organisations organisations;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private long unit;
    private final long[] cadres = new long[4];

    @BeforeAll
    void countyUnitCadresAndCallers() {
        Samples.importCounty(imports);
        unit = organisations.addUnit(RegionScope.ALL, "API镇农技站", UnitLevel.TOWNSHIP, ApiCallers.VILLAGE).id();
        String[] names = {"API领导", "API队长", "API队员一", "API队员二"};
        for (int i = 0; i < names.length; i++) {
            cadres[i] = organisations.addCadre(RegionScope.ALL, new Organisations.NewCadre(unit, names[i], "", "",
                    List.of())).id();
        }
        callers = ApiCallers.of(port, users, tokens, "village-assist");
    }

    @Test
    void theVillagesCadreWritesEachKindAndEveryoneInScopeReadsItBack() throws Exception {
        long before = audited("ASSIGN_LEADER") + audited("LINK_VILLAGE") + audited("SEND_WORK_TEAM") + audited("EXIT_PLAN");
        long leader = created(callers.ownCadre().post(BASE + "/leaders",
                "{\"cadreId\":" + cadres[0] + ",\"level\":\"VILLAGE\",\"start\":\"2020-01-01\"}"));
        long link = created(callers.ownCadre().post(BASE + "/links", "{\"unitId\":" + unit + ",\"start\":\"2020-01-01\"}"));
        long team = created(callers.ownCadre().post(BASE + "/teams", "{\"unitId\":" + unit + ",\"termStart\":\"2020-01-01\","
                + "\"termEnd\":\"2022-01-01\",\"leaderId\":" + cadres[1] + ",\"memberIds\":[" + cadres[2] + ","
                + cadres[3] + "]}"));
        assertThat(ok(callers.ownCadre().put(BASE + "/exit-plan", "{\"plannedYear\":2021}")))
                .contains("\"id\":" + ApiCallers.VILLAGE);
        assertThat(audited("ASSIGN_LEADER") + audited("LINK_VILLAGE") + audited("SEND_WORK_TEAM") + audited("EXIT_PLAN"))
                .isEqualTo(before + 4);

        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode slots = json.readTree(ok(reader.get(BASE + "/staffing?on=2020-06-01"))).path("slots");
            assertThat(names(slots, "VILLAGE_LEADER")).isEqualTo("[\"API领导\"]");
            assertThat(names(slots, "TOWNSHIP_DEPARTMENT")).isEqualTo("[\"API镇农技站\"]");
            assertThat(names(slots, "WORK_TEAM")).isEqualTo("[\"API队长\",\"API队员一\",\"API队员二\"]");
            JsonNode plan = json.readTree(ok(reader.get(BASE + "/battle-plan?registryYear=2015&year=2021")));
            assertThat(plan.path("villagesByPlannedYear").toString()).isEqualTo("{\"2021\":1}");
            readsBack(reader, leader, link, team);
        }
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String page = admin.get("/assistance/regions/" + ApiCallers.VILLAGE + "?on=2020-06-01").body();
        assertThat(page).contains("API领导", "API镇农技站", "API队员二", "2021: 1");
        assertThat(page).as("the form shows the planned year").containsPattern("id=\"village-planned\"[^>]*value=\"2021\"");
    }

    /** What was written, found by its id with its cadres, unit and days. */
    private void readsBack(ApiCaller reader, long leader, long link, long team) throws Exception {
        JsonNode l = byId(json.readTree(ok(reader.get(BASE + "/leaders"))), leader);
        assertThat(l.path("cadreId").asLong()).isEqualTo(cadres[0]);
        assertThat(l.path("cadreName").asString()).isEqualTo("API领导");
        assertThat(l.path("unitId").asLong()).isEqualTo(unit);
        assertThat(l.path("unitName").asString()).isEqualTo("API镇农技站");
        assertThat(l.path("level").asString()).isEqualTo("VILLAGE");
        assertThat(l.path("start").asString()).isEqualTo("2020-01-01");
        assertThat(l.path("end").isNull()).isTrue();
        JsonNode u = byId(json.readTree(ok(reader.get(BASE + "/links"))), link);
        assertThat(u.path("unitId").asLong()).isEqualTo(unit);
        assertThat(u.path("unitName").asString()).isEqualTo("API镇农技站");
        assertThat(u.path("unitLevel").asString()).isEqualTo("TOWNSHIP");
        assertThat(u.path("start").asString()).isEqualTo("2020-01-01");
        JsonNode t = byId(json.readTree(ok(reader.get(BASE + "/teams"))), team);
        assertThat(t.path("unitId").asLong()).isEqualTo(unit);
        assertThat(t.path("termStart").asString()).isEqualTo("2020-01-01");
        assertThat(t.path("termEnd").asString()).isEqualTo("2022-01-01");
        assertThat(t.path("members").toString()).isEqualTo("[{\"cadreId\":" + cadres[1] + ",\"name\":\"API队长\","
                + "\"leader\":true},{\"cadreId\":" + cadres[2] + ",\"name\":\"API队员一\",\"leader\":false},"
                + "{\"cadreId\":" + cadres[3] + ",\"name\":\"API队员二\",\"leader\":false}]");
        assertThat(ok(reader.get(BASE + "/exit-plan"))).isEqualTo("{\"villageCode\":\"" + ApiCallers.VILLAGE
                + "\",\"villageName\":\"" + villageName() + "\",\"plannedYear\":2021}");
    }

    @Test
    void anotherVillagesCadreNeitherReadsNorWritesAndAnAuditorDoesNotWrite() throws Exception {
        String leader = "{\"cadreId\":" + cadres[0] + ",\"level\":\"COUNTY\",\"start\":\"2020-01-01\"}";
        String link = "{\"unitId\":" + unit + ",\"start\":\"2019-01-01\"}";
        String team = "{\"termStart\":\"2019-01-01\",\"termEnd\":\"2021-01-01\",\"leaderId\":" + cadres[1] + "}";
        for (ApiCaller outsider : List.of(callers.otherCadre(), callers.auditor())) {
            int refused = outsider == callers.auditor() ? 403 : 404;
            assertThat(outsider.post(BASE + "/leaders", leader).statusCode()).isEqualTo(refused);
            assertThat(outsider.post(BASE + "/links", link).statusCode()).isEqualTo(refused);
            assertThat(outsider.post(BASE + "/teams", team).statusCode()).isEqualTo(refused);
            assertThat(outsider.put(BASE + "/exit-plan", "{\"plannedYear\":2030}").statusCode()).isEqualTo(refused);
        }
        assertThat(callers.otherCadre().post(BASE + "/leaders", "{}").statusCode()).as("no body: still 404").isEqualTo(404);
        for (String read : List.of("/staffing", "/leaders", "/links", "/teams", "/exit-plan")) {
            HttpResponse<String> refused = callers.otherCadre().get(BASE + read);
            assertThat(refused.statusCode()).as(read).isEqualTo(404);
            assertThat(json.readTree(refused.body()).path("code").asString()).isEqualTo("NOT_FOUND");
        }
        assertThat(callers.county().get("/api/v1/assistance/regions/620721101000/leaders").statusCode())
                .as("a township is no village").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from village_leader where level = 'COUNTY'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from village_exit_plan where planned_year = 2030").query(Long.class).single())
                .isZero();
    }

    @Test
    void theModulesChecksAnswer409WithEveryReasonAndABadBodyLocatesItsFields() throws Exception {
        HttpResponse<String> tooSmall = callers.county().post(BASE + "/teams", "{\"termStart\":\"2020-01-01\","
                + "\"termEnd\":\"2020-06-01\",\"leaderId\":" + cadres[1] + "}");
        assertThat(tooSmall.statusCode()).as(tooSmall.body()).isEqualTo(409);
        JsonNode problem = json.readTree(tooSmall.body());
        assertThat(problem.path("code").asString()).isEqualTo("TEAM_TOO_FEW_MEMBERS");
        assertThat(problem.path("messages").size()).isEqualTo(2);
        HttpResponse<String> level = callers.county().post(BASE + "/leaders",
                "{\"cadreId\":" + cadres[0] + ",\"level\":\"PROVINCE\",\"start\":\"2020-01-01\"}");
        assertThat(level.statusCode()).isEqualTo(409);
        assertThat(json.readTree(level.body()).path("code").asString()).isEqualTo("LEADER_LEVEL");

        HttpResponse<String> invalid = callers.county().post(BASE + "/links", "{}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).path("errors").toString()).contains("\"unitId\"", "\"start\"");
        assertThat(json.readTree(invalid.body()).path("errors").get(0).path("message").asString()).isEqualTo("不能为null");
        HttpResponse<String> english = callers.county().inLanguage("en").post(BASE + "/links", "{}");
        assertThat(json.readTree(english.body()).path("detail").asString()).isEqualTo("The body has invalid fields");
        assertThat(json.readTree(english.body()).path("errors").get(0).path("message").asString())
                .as("said in the caller's language").isEqualTo("must not be null");
        assertThat(callers.county().put(BASE + "/exit-plan", "{\"plannedYear\":1900}").statusCode()).isEqualTo(400);
        HttpResponse<String> late = callers.county().put(BASE + "/exit-plan", "{\"plannedYear\":2040}");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(json.readTree(late.body()).path("code").asString()).isEqualTo("EXIT_PLAN_YEAR");
        assertThat(late.body()).contains("2040", "2014", "2030");
    }

    private static String names(JsonNode slots, String kind) {
        for (JsonNode slot : slots) {
            if (slot.path("kind").asString().equals(kind)) return slot.path("names").toString();
        }
        throw new AssertionError("no slot " + kind);
    }

    private long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("id").asLong();
    }

    private static JsonNode byId(JsonNode list, long id) {
        for (JsonNode item : list) {
            if (item.path("id").asLong() == id) return item;
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private String villageName() {
        return jdbc.sql("select name from region where code = :code").param("code", ApiCallers.VILLAGE)
                .query(String.class).single();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
