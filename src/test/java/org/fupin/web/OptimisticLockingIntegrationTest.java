package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.identification.PolicyParameters;
import org.fupin.imports.Imports;
import org.fupin.indicators.Indicators;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23 (lost updates), ADR 0031: beyond the household forms, two users change the same record of another
 * module — a project's performance target, a county's indicator values, a policy parameter, a monitoring range over
 * REST — and the save made from what was read before the other's save is refused, naming the value now, instead of
 * silently putting the old value back.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptimisticLockingIntegrationTest {

    static final String COUNTY = "620721000000";
    static final String VILLAGE = "620721101201";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired ProjectLibrary library;
    @Autowired Indicators indicators;
    @Autowired PolicyParameters parameters;
    @Autowired MonitoringRanges ranges;

    private WebSession first;
    private WebSession second;

    @BeforeAll
    void countyAndTwoClerks() throws Exception {
        Samples.importCounty(imports);
        first = new WebSession(port);
        second = new WebSession(port);
        first.logIn(WebSession.ADMIN_PASSWORD);
        second.logIn(WebSession.ADMIN_PASSWORD);
    }

    @Test
    void aProjectTargetSavedFromAPageOpenedBeforeAnotherSaveIsRefusedWithTheTargetNow() throws Exception {
        long id = library.apply(RegionScope.ALL, 2020, new ProjectFields("锁定测试光伏", "光伏", "新建", VILLAGE, "2020年",
                "县扶贫办", "30千瓦", "省级资金", "10户", null, "收益分红"), new BigDecimal("30000"), LocalDate.of(2020, 1, 5))
                .id();
        String pageOfFirst = first.get("/assistance/projects/" + id).body();
        String pageOfSecond = second.get("/assistance/projects/" + id).body();

        assertThat(first.post("/assistance/projects/" + id + "/target", Map.of("performanceTarget", "年收益3万元",
                "version", WebSession.hidden(pageOfFirst, "version")), pageOfFirst).body()).contains("id=\"saved\"");
        String stale = second.post("/assistance/projects/" + id + "/target", Map.of("performanceTarget", "年收益1万元",
                "version", WebSession.hidden(pageOfSecond, "version")), pageOfSecond).body();

        assertThat(stale).contains("别人在您打开本页之后修改了这个项目（现在的绩效目标：年收益3万元")
                .contains("value=\"年收益3万元\"");
        assertThat(library.project(RegionScope.ALL, id).orElseThrow().fields().performanceTarget()).isEqualTo("年收益3万元");
    }

    @Test
    void indicatorValuesSavedFromAPageOpenedBeforeAnotherSaveAreRefusedAndTheChangedOneIsNamed() throws Exception {
        indicators.save(RegionScope.ALL, COUNTY, 2015, Indicators.NATIONAL_2013,
                Map.of("01", new BigDecimal("30000"), "02", new BigDecimal("40")), "ENTERED", "test");
        String path = "/indicators/" + COUNTY + "?year=2015&set=" + Indicators.NATIONAL_2013;
        String pageOfFirst = first.get(path).body();
        String pageOfSecond = second.get(path).body();

        first.post(path, Map.of("value-01", "31000", "version-01", version(pageOfFirst, "01"),
                "value-02", "40", "version-02", version(pageOfFirst, "02")), pageOfFirst);
        // the second clerk changes only 02; the form still holds the old 01, which must not come back
        String stale = second.post(path, Map.of("value-01", "30000", "version-01", version(pageOfSecond, "01"),
                "value-02", "45", "version-02", version(pageOfSecond, "02")), pageOfSecond).body();

        assertThat(stale).contains("id=\"stale-values\"", "01 人均GDP(2010年不变价)：现在是 31000");
        Map<String, BigDecimal> now = indicators.attainment(RegionScope.ALL, COUNTY, 2015, Indicators.NATIONAL_2013)
                .actuals();
        assertThat(now.get("01")).isEqualByComparingTo("31000");
        assertThat(now.get("02")).isEqualByComparingTo("40");
    }

    @Test
    void aParameterSetFromAPageShownBeforeAnotherSettingIsRefusedWithTheValueNow() throws Exception {
        PolicyParameters.Parameter p = parameters.parameters().stream().filter(x -> x.regionPrefix().isEmpty())
                .findFirst().orElseThrow();
        String pageOfFirst = first.get("/identification/parameters").body();
        String pageOfSecond = second.get("/identification/parameters").body();
        Map<String, String> form = Map.of("name", p.name(), "prefix", "", "yearFrom", String.valueOf(p.yearFrom()),
                "source", "锁定测试");

        String saved = first.post("/identification/parameters", with(form, "value", "77",
                "seen", seen(pageOfFirst, "parameter-form")), pageOfFirst).body();
        assertThat(saved).contains("id=\"message\"");
        String stale = second.post("/identification/parameters", with(form, "value", "88",
                "seen", seen(pageOfSecond, "parameter-form")), pageOfSecond).body();

        assertThat(stale).contains("已被别人在您打开本页之后改过：现在是 77.00");
        assertThat(parameters.parameters().stream().filter(x -> x.name().equals(p.name()) && x.regionPrefix().isEmpty()
                && x.yearFrom() == p.yearFrom()).findFirst().orElseThrow().value()).isEqualByComparingTo("77");
    }

    @Test
    void aRestUpdateOfARangeWithAStaleVersionOrNoneIs409AndNamesTheRangeNow() throws Exception {
        ranges.setRange(RegionScope.ALL, "620721", 2027, new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal("8000")),
                null, "test", "test");
        String read = new String(first.bytes("/api/v1/monitoring/ranges/" + COUNTY + "?from=2027").body(),
                StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("\"regionPrefix\":\"620721\",\"year\":2027,[^}]*\"version\":(\\d+)").matcher(read);
        assertThat(version.find()).as(read).isTrue();
        String body = "{\"amount\":%s,\"source\":\"rest\",\"version\":" + version.group(1) + "}";

        assertThat(put(body.formatted("8500")).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = put(body.formatted("9000"));
        HttpResponse<String> none = put("{\"amount\":9000,\"source\":\"rest\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"code\":\"RANGE_STALE\"", "2027 年的监测范围已被别人在您读取之后改过：现在是每人每年 8500.00 元");
        assertThat(none.statusCode()).isEqualTo(409);
        assertThat(ranges.range(2027, VILLAGE).amount()).isEqualByComparingTo("8500");
    }

    /** The version an indicator's value had when the page was shown. */
    private static String version(String page, String code) {
        return WebSession.hidden(page, "version-" + code);
    }

    /** The versions a settings form of the page carries. */
    private static String seen(String page, String formId) {
        return WebSession.hidden(page.substring(page.indexOf("id=\"" + formId + "\"")), "seen");
    }

    private static Map<String, String> with(Map<String, String> form, String... more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(form);
        for (int i = 0; i < more.length; i += 2) all.put(more[i], more[i + 1]);
        return all;
    }

    private HttpResponse<String> put(String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + WebSession.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/monitoring/ranges/" + COUNTY + "/2027"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
