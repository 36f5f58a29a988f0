package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.facilities.FacilityImports;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The facility page of 皇城镇, the compute button of the indicator page, and the REST read and compute — all on the sample table (2 of 5 reporting villages have tap water, 376 of 728 households).
 */
@FupinTest
class FacilityPagesIntegrationTest {

    private static final String TOWNSHIP = "620721101000";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired FacilityImports facilityImports;

    @BeforeEach
    void importTheCountyAndItsFacilities() {
        Samples.importCounty(imports);
        assertThat(facilityImports.importFacilities(Samples.file("facilities-2015.csv"), 2015, false, Imports.DEFAULT_LOCALE)
                .errors()).isEmpty();
    }

    @Test
    void showsTheCoverageAndComputesTheIndicatorsWithTheButton() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);

        String facilities = session.get("/facilities/" + TOWNSHIP + "?year=2015").body();
        assertThat(facilities).contains("id=\"nav-facilities\"", "已填报设施的行政村：5 / 18");
        assertThat(between(facilities, "id=\"type-TAP_WATER\"", "</tr>")).contains("2 / 5", "200", "3 个村");

        String page = session.get("/indicators/" + TOWNSHIP + "?year=2015&set=COUNTY_SERVICES").body();
        assertThat(page).contains("id=\"compute\"", "本指标体系有 5 项指标可以计算");
        String computed = session.post("/indicators/" + TOWNSHIP + "/compute?year=2015&set=COUNTY_SERVICES", Map.of(),
                page).body();
        assertThat(computed).contains("id=\"compute-result\"", "已计算并保存 5 / 5 项");
        assertThat(between(computed, "id=\"basis-S3\"", "</div>")).contains("376 / 728 户");
        assertThat(between(computed, "id=\"basis-S1\"", "</div>")).contains("2 / 5 个行政村");

        String basic = basic();
        String json = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        session.uri("/api/v1/indicators/" + TOWNSHIP + "/compute?year=2015&set=COUNTY_SERVICES"))
                .header("Authorization", basic).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"indicatorCode\":\"S3\"", "\"numerator\":376", "\"denominator\":728");
        String coverage = new String(session.bytes("/api/v1/facilities/" + TOWNSHIP + "?year=2015").body(),
                StandardCharsets.UTF_8);
        assertThat(coverage).contains("\"reported\":5", "\"villages\":18");
    }

    @Test
    void importsATableFromThePageAndRefusesABadOneOverRestWithItsRowAndColumn() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        String page = http.send(java.net.http.HttpRequest.newBuilder(WebSession.uri(port, "/facilities/" + TOWNSHIP))
                .header("Authorization", basic()).header("Accept", "text/html").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String table = new String(java.nio.file.Files.readAllBytes(Samples.file("facilities-2015.csv")), StandardCharsets.UTF_8);

        String shown = http.send(multipart("/imports/facilities", table, Map.of("_csrf", csrf.group(1), "region", TOWNSHIP,
                "year", "2015")), java.net.http.HttpResponse.BodyHandlers.ofString()).body();

        assertThat(shown).contains("id=\"accepted\"", "已导入 14 行", "已填报设施的行政村：5 / 18");
        var rejected = http.send(multipart("/api/v1/imports/facilities?year=2015",
                "行政区划代码,设施类型,数量\n620721101201,水塔,1\n", Map.of()), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("\"row\":2", "\"column\":\"设施类型\"", "\"value\":\"水塔\"");
    }

    private java.net.http.HttpRequest multipart(String path, String csv, Map<String, String> fields) {
        String boundary = "fupin-boundary";
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n--").append(boundary).append("--\r\n");
        return java.net.http.HttpRequest.newBuilder(WebSession.uri(port, path)).header("Authorization", basic())
                .header("Accept", "text/html,application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isGreaterThanOrEqualTo(0);
        return text.substring(start, text.indexOf(to, start));
    }
}
