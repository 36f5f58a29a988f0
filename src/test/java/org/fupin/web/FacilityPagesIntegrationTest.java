package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
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

    @BeforeEach
    void importTheCountyAndItsFacilities() {
        Samples.importCounty(imports);
        assertThat(imports.importFacilities(Samples.file("facilities-2015.csv"), 2015, false, Imports.DEFAULT_LOCALE)
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

        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String json = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        session.uri("/api/v1/indicators/" + TOWNSHIP + "/compute?year=2015&set=COUNTY_SERVICES"))
                .header("Authorization", basic).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"indicatorCode\":\"S3\"", "\"numerator\":376", "\"denominator\":728");
        String coverage = new String(session.bytes("/api/v1/facilities/" + TOWNSHIP + "?year=2015").body(),
                StandardCharsets.UTF_8);
        assertThat(coverage).contains("\"reported\":5", "\"villages\":18");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isGreaterThanOrEqualTo(0);
        return text.substring(start, text.indexOf(to, start));
    }
}
