package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Base64;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.cli.Cli;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #17: a county administrator sets the county's monitoring range where they work — the page, the CLI and
 * REST — each kept in the history; a year without a range is a banner on the board, and a village cadre may read
 * the ranges but not set them.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringRangesIntegrationTest {

    static final String COUNTY = "620721000000";
    static final String VILLAGE = "620721101201";
    static final String TOWNSHIP = "620721200000";
    static final String TOWNSHIP_VILLAGE = "620721200215";
    static final String PASSWORD = "monitoring-ranges-1";
    static final int THIS_YEAR = Year.now().getValue();

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired MonitoringRanges ranges;
    @Autowired Cli cli;

    @BeforeAll
    void countyAndItsUsers() {
        Samples.importCounty(imports);
        users.add("ranges-county", Role.COUNTY_ADMIN, COUNTY, PASSWORD);
        users.add("ranges-cadre", Role.VILLAGE_CADRE, VILLAGE, PASSWORD);
    }

    @Test
    void aYearWithoutARangeIsABannerAndTheCountySetsItFromThePage() throws Exception {
        assertThat(ranges.find(THIS_YEAR, VILLAGE)).isEmpty();
        WebSession county = new WebSession(port);
        county.logIn("ranges-county", PASSWORD);
        String board = county.get("/monitoring").body();
        assertThat(board).contains("id=\"no-range-banner\"", THIS_YEAR + " 年还没有适用于本地区的监测范围", "去设置监测范围");

        String page = county.get("/monitoring/ranges?region=" + COUNTY).body();
        assertThat(page).contains("id=\"year-" + THIS_YEAR + "\"", "未设置", "id=\"range-form\"");
        HttpResponse<String> saved = county.post("/monitoring/ranges", Map.of("region", COUNTY, "year",
                String.valueOf(THIS_YEAR), "basis", "AMOUNT", "value", "8700", "source", "甘肃省监测范围通知"), page);
        assertThat(saved.body()).contains("已保存监测范围");

        assertThat(ranges.find(THIS_YEAR, VILLAGE).orElseThrow().amount()).isEqualByComparingTo("8700.00");
        String after = county.get("/monitoring/ranges?region=" + COUNTY).body();
        assertThat(after).contains("8,700.00", "甘肃省监测范围通知", "ranges-county");
        assertThat(county.get("/monitoring").body()).doesNotContain("id=\"no-range-banner\"");
    }

    @Test
    void theCliAndRestSetThe2026RangeOfATownshipEachKeptInTheHistoryAndACadreCannotSetOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = cli.run(new String[] {"monitoring", "range", "set", TOWNSHIP, "--year", "2026", "--amount", "8000",
                "--source", "cli"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("8000");
        assertThat(ranges.find(2026, TOWNSHIP_VILLAGE).orElseThrow().amount()).isEqualByComparingTo("8000.00");

        // the setting the command line made is changed with the version the client read (ADR 0031)
        int version = ranges.settings(RegionScope.ALL, TOWNSHIP).stream()
                .filter(s -> s.regionPrefix().equals("620721200") && s.year() == 2026).findFirst().orElseThrow().version();
        HttpResponse<String> put = put("ranges-county", "/api/v1/monitoring/ranges/" + TOWNSHIP + "/2026",
                "{\"basis\":\"AMOUNT\",\"value\":8300,\"source\":\"rest\",\"version\":" + version + "}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(ranges.find(2026, TOWNSHIP_VILLAGE).orElseThrow().regionPrefix()).isEqualTo("620721200");
        assertThat(ranges.find(2026, TOWNSHIP_VILLAGE).orElseThrow().amount()).isEqualByComparingTo("8300.00");
        assertThat(ranges.history(RegionScope.ALL, TOWNSHIP)).extracting(Views.RangeSetting::source)
                .contains("cli", "rest");

        HttpResponse<String> noAmount = put("ranges-county", "/api/v1/monitoring/ranges/" + TOWNSHIP + "/2026",
                "{\"source\":\"rest\",\"version\":" + version + "}");
        assertThat(noAmount.statusCode()).as(noAmount.body()).isEqualTo(400);
        assertThat(noAmount.body()).contains("\"field\":\"amount\"", "请填写金额，或者填写依据和数值");
        assertThat(put("ranges-cadre", "/api/v1/monitoring/ranges/" + TOWNSHIP + "/2026",
                "{\"amount\":1,\"source\":\"cadre\"}").statusCode()).isEqualTo(403);
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        assertThat(cli.run(new String[] {"monitoring", "range", "list", TOWNSHIP, "--from", "2025"},
                new PrintStream(listed, true, StandardCharsets.UTF_8))).isZero();
        assertThat(listed.toString(StandardCharsets.UTF_8)).contains("2025 年：未设置监测范围", "2026 年：8300.00 元/人·年");
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
