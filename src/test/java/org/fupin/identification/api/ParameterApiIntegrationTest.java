package org.fupin.identification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
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
 * Poverty lines and policy parameters over REST (issue #27), as the parameters page sets them: the county
 * administrator sets a value for a year, reads it back in the history and in force, and changes it with the version
 * read; a village cadre and a township officer are refused; a prefix outside the county and a stale version are 409;
 * every change is audited as the page's.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParameterApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private ApiCaller township;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "parameters");
        township = ApiCallers.caller(port, users, tokens, "parameters-township", Role.TOWNSHIP_OFFICER, "620721101000");
    }

    @Test
    void theCountyAdministratorSetsAParameterForAYearAndReadsItBack() throws Exception {
        long before = audited("SET_PARAMETER");
        HttpResponse<String> set = callers.county().put("/api/v1/identification/parameters/NOTICE_DAYS.EXIT",
                parameter("620721", 2030, "9", null));
        JsonNode row = json.readTree(ok(set));
        assertThat(row.path("value").decimalValue()).isEqualByComparingTo("9");
        assertThat(audited("SET_PARAMETER")).isEqualTo(before + 1);

        JsonNode history = json.readTree(ok(callers.county().get("/api/v1/identification/parameters/history?name=NOTICE_DAYS.EXIT")));
        assertThat(history.valueStream().filter(r -> r.path("regionPrefix").asString().equals("620721")
                && r.path("yearFrom").asInt() == 2030).count()).isEqualTo(1);
        assertThat(history.valueStream().anyMatch(r -> r.path("regionPrefix").asString().isEmpty())).isTrue();
        JsonNode inForce = json.readTree(ok(callers.county().get("/api/v1/identification/parameters?year=2030&region="
                + ApiCallers.VILLAGE)));
        assertThat(inForce.path("values").path("NOTICE_DAYS.EXIT").asInt()).isEqualTo(9);

        HttpResponse<String> stale = callers.county().put("/api/v1/identification/parameters/NOTICE_DAYS.EXIT",
                parameter("620721", 2030, "10", null));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).path("code").asString()).isEqualTo("PARAMETER_STALE");
        int version = row.path("version").asInt();
        assertThat(json.readTree(ok(callers.county().put("/api/v1/identification/parameters/NOTICE_DAYS.EXIT",
                parameter("620721", 2030, "10", version)))).path("version").asInt()).isEqualTo(version + 1);
    }

    @Test
    void theCountyAdministratorSetsAPovertyLineForAYearAndReadsItBack() throws Exception {
        long before = audited("SET_POVERTY_LINE");
        JsonNode line = json.readTree(ok(callers.county().put("/api/v1/identification/poverty-lines/2031",
                line("620721", "5100", null))));
        assertThat(line.path("standard").asString()).isEqualTo("MUNICIPAL");
        assertThat(audited("SET_POVERTY_LINE")).isEqualTo(before + 1);

        JsonNode lines = json.readTree(ok(callers.county().get("/api/v1/identification/poverty-lines?year=2031")));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("amount").decimalValue()).isEqualByComparingTo("5100");
        JsonNode inForce = json.readTree(ok(callers.county().get("/api/v1/identification/parameters?year=2031&region="
                + ApiCallers.VILLAGE)));
        assertThat(inForce.path("line").decimalValue()).isEqualByComparingTo("5100");
        assertThat(inForce.path("standard").asString()).isEqualTo("MUNICIPAL");

        HttpResponse<String> national = callers.county().put("/api/v1/identification/poverty-lines/2031", line("", "5200", null));
        assertThat(national.statusCode()).isEqualTo(409);
        assertThat(json.readTree(national.body()).path("code").asString()).isEqualTo("PREFIX_OUTSIDE_SCOPE");
        HttpResponse<String> invalid = callers.county().put("/api/v1/identification/poverty-lines/2031",
                "{\"standard\":\"LOCAL\",\"regionPrefix\":\"620721\",\"amount\":-1}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("standard", "amount");
    }

    @Test
    void aVillageCadreAndATownshipOfficerAreRefused() throws Exception {
        for (ApiCaller caller : new ApiCaller[] {callers.ownCadre(), township}) {
            assertThat(caller.put("/api/v1/identification/parameters/NOTICE_DAYS.EXIT", parameter("620721101", 2032, "3",
                    null)).statusCode()).isEqualTo(403);
            assertThat(caller.put("/api/v1/identification/poverty-lines/2032", line("620721101", "9000", null))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from policy_parameter where year_from = 2032").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from poverty_line where year = 2032").query(Long.class).single()).isZero();
        assertThat(township.get("/api/v1/identification/poverty-lines").statusCode()).isEqualTo(200);
    }

    private static String parameter(String prefix, int yearFrom, String value, Integer version) {
        return "{\"regionPrefix\":\"" + prefix + "\",\"yearFrom\":" + yearFrom + ",\"value\":" + value
                + ",\"source\":\"县扶贫办文件\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String line(String prefix, String amount, Integer version) {
        return "{\"standard\":\"MUNICIPAL\",\"regionPrefix\":\"" + prefix + "\",\"amount\":" + amount
                + ",\"verified\":true,\"source\":\"市扶贫办文件\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
