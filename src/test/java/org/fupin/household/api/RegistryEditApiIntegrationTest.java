package org.fupin.household.api;

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
 * The registry forms over REST (issue #27): a household registered and corrected, a member added, corrected and removed by the
 * village's cadre and read back by the cadre and the county administrator; another village's cadre gets 404, an
 * auditor 403; stale versions, procedural columns and broken rules are refused with nothing written.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryEditApiIntegrationTest {

    private static final String MEMBER = "{\"column\":\"NAME\",\"value\":\"API成员\"},"
            + "{\"column\":\"RELATIONSHIP\",\"value\":\"之子\"},{\"column\":\"SEX\",\"value\":\"男\"},"
            + "{\"column\":\"ETHNICITY\",\"value\":\"汉族\"},{\"column\":\"EDUCATION\",\"value\":\"学龄前儿童\"},"
            + "{\"column\":\"HEALTH\",\"value\":\"健康\"},{\"column\":\"LABOUR_SKILL\",\"value\":\"无劳动力\"},"
            + "{\"column\":\"MEDICAL_INSURANCE\",\"value\":\"是\"},{\"column\":\"PENSION_INSURANCE\",\"value\":\"否\"}";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private long household;
    private String base;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        household = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 1).rows().get(0).id();
        callers = ApiCallers.of(port, users, tokens, "registry");
        base = "/api/v1/households/" + household;
    }

    @Test
    void theVillagesCadreCorrectsTheHouseholdAndAMemberAndEveryoneInScopeReadsItBack() throws Exception {
        long editsBefore = audited("EDIT_HOUSEHOLD");
        JsonNode saved = json.readTree(ok(callers.ownCadre().put(base, "{\"version\":" + version(callers.ownCadre())
                + ",\"cells\":[{\"column\":\"WAGE_INCOME\",\"value\":\"12345.60\"}]}")));
        assertThat(saved.path("version").asInt()).isEqualTo(version(callers.county()));
        assertThat(audited("EDIT_HOUSEHOLD")).isEqualTo(editsBefore + 1);
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(json.readTree(ok(reader.get(base))).path("wageIncome").decimalValue()).isEqualByComparingTo("12345.60");
        }

        int before = members();
        HttpResponse<String> added = callers.ownCadre().post(base + "/members", "{\"cells\":[" + MEMBER
                + ",{\"column\":\"ID_NUMBER\",\"value\":\"" + validId("62072120100101001") + "\"}]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(members()).isEqualTo(before + 1);
        ok(callers.ownCadre().put(base + "/members/" + (before + 1), "{\"version\":" + version(callers.ownCadre())
                + ",\"cells\":[{\"column\":\"NAME\",\"value\":\"API改名\"}]}"));
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            String read = ok(reader.get(base + "/registry"));
            assertThat(read).contains("API改名").doesNotContain(validId("62072120100101001"));
        }
        ok(callers.county().send("DELETE", base + "/members/" + (before + 1) + "?version=" + version(callers.county()), null));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aStaleVersionAProceduralColumnAndABrokenRuleAreRefusedWithNothingWritten() throws Exception {
        int version = version(callers.county());
        String stale = "{\"version\":" + (version - 1) + ",\"cells\":[{\"column\":\"WAGE_INCOME\",\"value\":\"1\"}]}";
        assertThat(refusal(callers.county().put(base, stale))).isEqualTo("STALE");
        String status = "{\"version\":" + version + ",\"cells\":[{\"column\":\"POVERTY_STATUS\",\"value\":\"已脱贫\"}]}";
        assertThat(refusal(callers.county().put(base, status))).isEqualTo("STATUS_BY_PROCEDURE");
        HttpResponse<String> badIncome = callers.county().put(base, "{\"version\":" + version
                + ",\"cells\":[{\"column\":\"WAGE_INCOME\",\"value\":\"abc\"}]}");
        assertThat(badIncome.statusCode()).isEqualTo(409);
        assertThat(json.readTree(badIncome.body()).path("messages").get(0).asString()).startsWith("WAGE_INCOME");
        assertThat(version(callers.county())).isEqualTo(version);

        HttpResponse<String> memberColumn = callers.county().put(base, "{\"version\":" + version
                + ",\"cells\":[{\"column\":\"NAME\",\"value\":\"x\"}]}");
        assertThat(memberColumn.statusCode()).isEqualTo(400);
        assertThat(memberColumn.body()).contains("cells[0].column", "NAME 不是这张表能修改的列");
        assertThat(callers.county().inLanguage("en").put(base, "{\"version\":" + version
                + ",\"cells\":[{\"column\":\"NAME\",\"value\":\"x\"}]}").body())
                .contains("NAME is not a column this form changes");
    }

    @Test
    void anotherVillagesCadreNeitherReadsNorWritesAndAnAuditorDoesNotWrite() throws Exception {
        int version = version(callers.county());
        String change = "{\"version\":" + version + ",\"cells\":[{\"column\":\"WAGE_INCOME\",\"value\":\"777\"}]}";
        assertThat(callers.otherCadre().get(base + "/registry").statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().put(base, change).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().put(base, "{}").statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().post(base + "/members", "{\"cells\":[" + MEMBER + "]}").statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().send("DELETE", base + "/members/1?version=" + version, null).statusCode())
                .isEqualTo(404);
        assertThat(callers.auditor().put(base, change).statusCode()).isEqualTo(403);
        assertThat(version(callers.county())).isEqualTo(version);
    }

    @Test
    void theVillagesCadreRegistersANewHouseholdThatAnotherVillagesCadreCannot() throws Exception {
        HttpResponse<String> created = callers.ownCadre().post("/api/v1/households", newHousehold("API-0001"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).path("id").asLong();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(json.readTree(ok(reader.get("/api/v1/households/" + id))).path("householdNumber").asString())
                    .isEqualTo("API-0001");
        }
        assertThat(refusal(callers.county().post("/api/v1/households", newHousehold("API-0001"))))
                .isEqualTo("HOUSEHOLD_NUMBER_TAKEN");

        assertThat(callers.otherCadre().post("/api/v1/households", newHousehold("API-0002")).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post("/api/v1/households", newHousehold("API-0002")).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from household where household_number = 'API-0002'").query(Long.class)
                .single()).isZero();
    }

    private static String newHousehold(String number) {
        String[][] cells = {{"HOUSEHOLD_NUMBER", number}, {"NAME", "API户主"},
                {"ID_NUMBER", validId("62072119700202003")}, {"RELATIONSHIP", "户主"}, {"SEX", "男"},
                {"ETHNICITY", "裕固族"}, {"EDUCATION", "初中"}, {"HEALTH", "健康"}, {"LABOUR_SKILL", "普通劳动力"},
                {"MEDICAL_INSURANCE", "是"}, {"PENSION_INSURANCE", "是"}, {"IDENTIFICATION_STANDARD", "国家标准"},
                {"ATTRIBUTE", "一般贫困户"}, {"MAIN_CAUSE", "缺资金"}, {"POVERTY_STATUS", "未脱贫"},
                {"WAGE_INCOME", "1000"}, {"BUSINESS_INCOME", "500"}, {"PROPERTY_INCOME", "0"},
                {"TRANSFER_INCOME", "300"}, {"BUSINESS_EXPENSE", "0"}, {"HOUSING_SAFETY", "B"}, {"SAFE_WATER", "是"},
                {"ELECTRICITY", "是"}};
        StringBuilder body = new StringBuilder("{\"village\":\"" + ApiCallers.VILLAGE + "\",\"year\":2015,\"cells\":[");
        for (int i = 0; i < cells.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"column\":\"").append(cells[i][0]).append("\",\"value\":\"")
                    .append(cells[i][1]).append("\"}");
        }
        return body.append("]}").toString();
    }

    private int version(ApiCaller caller) throws Exception {
        return json.readTree(ok(caller.get(base + "/registry"))).path("version").asInt();
    }

    private int members() {
        return registry.household(RegionScope.ALL, household).orElseThrow().members().size();
    }

    private String refusal(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        return json.readTree(response.body()).path("code").asString();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }

    private static String validId(String body17) {
        return body17 + IdNumber.checkCharacter(body17);
    }
}
