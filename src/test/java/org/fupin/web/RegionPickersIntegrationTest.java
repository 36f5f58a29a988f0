package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #19: every form that asked for a typed 12-digit region code offers a picker of the user's regions by name
 * (one row per form): the field is a select whose options name 北极村民委员会 and carry its code as the value.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionPickersIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired org.fupin.monitoring.Monitoring monitoring;

    private WebSession admin;

    @BeforeAll
    void county() throws Exception {
        Samples.importCounty(imports);
        admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "/monitoring, region, 620721101201, 北极村民委员会",
            "/monitoring/layers, region, 620721101201, 北极村民委员会",
            "/identification/exit-calculation, village, 620721101201, 北极村民委员会",
            "/identification/exit-calculation, county, 620721000000, 肃南裕固族自治县",
            "/identification/village-exits, village, 620721101201, 北极村民委员会",
            "/identification, village, 620721101201, 北极村民委员会",
            "/comparison, region, 620721101201, 北极村民委员会",
            "/comparison/queue, region, 620721101201, 北极村民委员会",
            "/assistance, region, 620721101201, 北极村民委员会",
            "/identification/parameters, prefix, 620721, 肃南裕固族自治县"})
    void aFormOffersRegionsByName(String page, String field, String code, String name) throws Exception {
        String html = admin.get(page).body();
        assertThat(html).containsPattern(Pattern.compile("<select[^>]*name=\"" + field + "\""));
        assertThat(html).doesNotContainPattern(Pattern.compile("<input[^>]*name=\"" + field + "\"[^>]*>"));
        assertThat(html).containsPattern(Pattern.compile("<option value=\"" + code + "\"[^>]*>[\u3000 ]*" + name + "</option>"));
    }

    /** A procedure is opened for a household picked by its head's name in a picked village, not a typed record id. */
    @org.junit.jupiter.api.Test
    void aCaseIsOpenedForAHouseholdPickedByName() throws Exception {
        String html = admin.get("/identification?openVillage=620721101201").body();
        assertThat(html).doesNotContainPattern(Pattern.compile("<input[^>]*name=\"householdId\""));
        assertThat(html).containsPattern(Pattern.compile(
                "<select[^>]*name=\"householdId\"[^>]*>\\s*<option value=\"\\d+\">[^<（]+（6207211[0-9]+，\\d+ 人）</option>"));
    }

    /** The monitoring comparison step picks a comparison run from a list, not a typed run number. */
    @org.junit.jupiter.api.Test
    void theComparisonStepPicksARun() throws Exception {
        var scope = org.fupin.region.RegionScope.ALL;
        long id = monitoring.recordClue(scope, new org.fupin.monitoring.Views.ClueInput("620721101201", "PICK-1", "选择户", 2,
                org.fupin.monitoring.Views.Channel.SELF_DECLARATION, "", "ILLNESS", java.time.LocalDate.now().minusDays(2),
                null, ""), "cadre");
        monitoring.homeVisit(scope, id, new org.fupin.monitoring.Views.VisitInput(java.time.LocalDate.now().minusDays(1),
                java.util.List.of("甲", "乙"), true, "承诺书", new java.math.BigDecimal("5000"), java.math.BigDecimal.ZERO,
                false, true, java.util.List.of("ILLNESS"), ""), "cadre");
        String html = admin.get("/monitoring/episodes/" + id).body();
        assertThat(html).contains("id=\"comparison-form\"", "不引用比对批次");
        assertThat(html).containsPattern(Pattern.compile("<select[^>]*name=\"runId\""));
        assertThat(html).doesNotContainPattern(Pattern.compile("<input[^>]*name=\"runId\""));
    }
}
