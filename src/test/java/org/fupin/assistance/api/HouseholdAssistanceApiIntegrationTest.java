package org.fupin.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCallers;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.UnitLevel;
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
 * A household's assistance written through REST as its page writes it (issue #27) and read back: by the village's
 * cadre (in scope), another village's cadre (404 both ways), the county administrator, and not by an auditor.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdAssistanceApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private long household;
    private long cadre;
    private String base;

    @BeforeAll
    void countyCadreAndCallers() {
        Samples.importCounty(imports);
        household = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 1).rows().get(0).id();
        long unit = organisations.addUnit(RegionScope.ALL, "API村委会", UnitLevel.VILLAGE, ApiCallers.VILLAGE).id();
        cadre = organisations.addCadre(RegionScope.ALL, new Organisations.NewCadre(unit, "API甲", "村干部", "13700137001",
                List.of())).id();
        callers = ApiCallers.of(port, users, tokens, "assist");
        base = "/api/v1/assistance/households/" + household;
    }

    @Test
    void theVillagesCadreWritesEachKindAndEveryoneInScopeReadsItBack() throws Exception {
        long visitsBefore = audited("VISIT");
        assertThat(created(callers.ownCadre().post(base + "/pairings",
                "{\"cadreId\":" + cadre + ",\"start\":\"2020-01-01\"}"))).isPositive();
        assertThat(created(callers.ownCadre().post(base + "/visits",
                "{\"cadreId\":" + cadre + ",\"date\":\"2020-02-01\",\"content\":\"API走访\"}"))).isPositive();
        assertThat(created(callers.ownCadre().post(base + "/measures", "{\"category\":\"INDUSTRY\",\"name\":\"API养殖\","
                + "\"amount\":3000,\"date\":\"2020-03-01\",\"status\":\"IN_PROGRESS\"}"))).isPositive();
        long loan = created(callers.ownCadre().post(base + "/loans", "{\"borrower\":" + adult() + ",\"bank\":\"信用社\","
                + "\"amount\":20000,\"termMonths\":24,\"issueDate\":\"2020-03-01\",\"subsidyRate\":1,\"purpose\":\"BREEDING\"}"));
        int version = json.readTree(ok(callers.ownCadre().get("/api/v1/assistance/households/" + household)))
                .path("loans").get(0).path("version").asInt();
        HttpResponse<String> repaid = callers.ownCadre().put(base + "/loans/" + loan + "/repayment",
                "{\"status\":\"REPAID\",\"version\":" + version + "}");
        assertThat(repaid.statusCode()).as(repaid.body()).isEqualTo(200);
        assertThat(audited("VISIT")).isEqualTo(visitsBefore + 1);

        for (var reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode read = json.readTree(ok(reader.get("/api/v1/assistance/households/" + household)));
            assertThat(read.path("pairings").toString()).contains("API甲");
            assertThat(read.path("visits").toString()).contains("API走访");
            assertThat(read.path("measures").toString()).contains("API养殖");
            assertThat(read.path("loans").toString()).contains("REPAID");
        }
    }

    @Test
    void anotherVillagesCadreNeitherReadsNorWritesAndAnAuditorDoesNotWrite() throws Exception {
        String visit = "{\"cadreId\":" + cadre + ",\"date\":\"2020-02-02\",\"content\":\"不该记录\"}";
        assertThat(callers.otherCadre().post(base + "/visits", visit).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().get("/api/v1/assistance/households/" + household).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(base + "/visits", visit).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from visit where content = '不该记录'").query(Long.class).single()).isZero();
    }

    @Test
    void aLoanAgainstTheRulesIsRefusedWithEveryReasonAndABadBodyLocatesItsFields() throws Exception {
        HttpResponse<String> refused = callers.county().post(base + "/loans", "{\"borrower\":" + adult() + ",\"bank\":"
                + "\"信用社\",\"amount\":60000,\"termMonths\":48,\"issueDate\":\"2020-03-01\",\"purpose\":\"PLANTING\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("code").asString()).startsWith("LOAN_");
        assertThat(problem.path("messages").size()).isEqualTo(2);

        HttpResponse<String> invalid = callers.county().post(base + "/measures", "{\"name\":\"\",\"amount\":-1}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).path("errors").toString())
                .contains("\"category\"", "\"name\"", "\"amount\"", "\"date\"", "\"status\"");
    }

    private int adult() {
        return registry.birthDates(RegionScope.ALL, household).entrySet().stream()
                .filter(p -> Period.between(p.getValue(), LocalDate.of(2020, 3, 1)).getYears() >= 18)
                .filter(p -> Period.between(p.getValue(), LocalDate.of(2020, 3, 1)).getYears() <= 60)
                .findFirst().orElseThrow().getKey();
    }

    private long created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("id").asLong();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
