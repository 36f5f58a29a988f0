package org.fupin.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.fupin.indicators.Indicators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Indicator values entered through REST as the entry form enters them (issue #27): by the village's cadre, read back
 * by them and the county administrator, refused to another village's cadre and an auditor, stale versions refused.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorValuesApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Indicators indicators;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private String indicator;
    private String path;

    @BeforeAll
    void county() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "indicator");
        indicator = indicators.set(Indicators.NATIONAL_2013).get(0).code();
        path = "/api/v1/indicators/" + ApiCallers.VILLAGE + "/values?year=2015";
    }

    @Test
    void theVillagesCadreEntersAValueThatTheCountyReadsBackAndAStaleVersionIsRefused() throws Exception {
        long audited = audited();
        HttpResponse<String> saved = callers.ownCadre().put(path, body("12.5", null));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(audited()).isEqualTo(audited + 1);
        for (ApiCaller reader : new ApiCaller[] {callers.ownCadre(), callers.county()}) {
            JsonNode value = stored(reader);
            assertThat(value.path("value").decimalValue()).isEqualByComparingTo("12.5");
        }
        int version = stored(callers.county()).path("version").asInt();
        assertThat(callers.county().put(path, body("13", version)).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = callers.ownCadre().put(path, body("14", version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).path("code").asString()).isEqualTo("INDICATOR_STALE");
        assertThat(stored(callers.ownCadre()).path("value").decimalValue()).isEqualByComparingTo("13");
    }

    @Test
    void anotherVillagesCadreAndAnAuditorChangeNothingAndAnUnknownIndicatorIsLocated() throws Exception {
        assertThat(callers.otherCadre().put(path, body("99", null)).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().get(path).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().put(path, body("99", null)).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = callers.county().put(path, "{\"values\":[{\"indicatorCode\":\"NO-SUCH\",\"value\":1}]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("errors").get(0).path("field").asString())
                .isEqualTo("values[0].indicatorCode");
        assertThat(json.readTree(unknown.body()).path("errors").get(0).path("message").asString()).startsWith("不是指标体系");
        HttpResponse<String> english = callers.county().inLanguage("en").put(path,
                "{\"values\":[{\"indicatorCode\":\"NO-SUCH\",\"value\":1}]}");
        assertThat(json.readTree(english.body()).path("errors").get(0).path("message").asString())
                .startsWith("Not an indicator of the set");
        assertThat(jdbc.sql("select count(*) from indicator_value where value = 99").query(Long.class).single()).isZero();
    }

    private JsonNode stored(ApiCaller caller) throws Exception {
        HttpResponse<String> response = caller.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode value : json.readTree(response.body()).values()) {
            if (value.path("indicatorCode").asString().equals(indicator)) return value;
        }
        throw new AssertionError("no value of " + indicator + " in " + response.body());
    }

    private String body(String value, Integer version) {
        return "{\"values\":[{\"indicatorCode\":\"" + indicator + "\",\"value\":" + value
                + (version == null ? "" : ",\"version\":" + version) + "}]}";
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'INDICATOR_VALUES'").query(Long.class).single();
    }
}
