package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The reviewer's case of issue #23 over HTTP: in the sample county, household 6207211500180 (two persons) of village
 * 620721200210 (four households) is made poor again, so the village has 1 poor household of 2 poor persons beside
 * two poor villages of 35 and 42; village 620721200208 has two households. The protected summary table, printed and
 * as XLSX, must not give these small numbers away.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallCellProtectionIntegrationTest {

    private static final String TOWNSHIP = "620721200000";
    private static final String VILLAGE = "620721200210";
    private static final String FAMILY = "6207211500180";
    private static final String TWO_HOUSEHOLDS = "620721200208";
    private static final int YEAR = 2015;
    /** The printed columns after the region's name, in order. */
    private static final List<String> PRINTED = List.of("households", "persons", "poorHouseholds", "poorPersons",
            "exitedHouseholds", "returnedHouseholds", "ruralPopulation", "incidencePercent", "netIncomePerCapita");
    /** The XLSX columns after code and name, in order. */
    private static final List<String> EXPORTED = List.of("households", "persons", "poorHouseholds", "poorPersons",
            "exitedHouseholds", "exitedPersons", "returnedHouseholds", "ruralPopulation", "incidencePercent",
            "netIncomePerCapita", "poorNetIncomePerCapita");
    private static final Pattern ROW = Pattern.compile("<tr class=\"(?:child-row\" data-region=\"(\\d+)|fw-bold total-row)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Statistics statistics;

    private WebSession session;
    private RegionStatistics village;

    @BeforeAll
    void importTheCountyWithOneSmallPoorVillageAndLogIn() throws Exception {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
        imports.importVillageFacts(Samples.file("village-facts.csv"), false, Imports.DEFAULT_LOCALE);
        Path registry = Files.createTempFile("registry-small-cell", ".csv");
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.contains("," + FAMILY + ",") ? l.replace(",已脱贫,2014,", ",未脱贫,,") : l).toList();
        Files.write(registry, lines, StandardCharsets.UTF_8);
        assertThat(imports.importRegistry(registry, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        village = statistics.forRegion(RegionScope.ALL, VILLAGE, YEAR);
        assertThat(List.of(village.households(), village.poorHouseholds(), village.poorPersons())).containsExactly(4L, 1L, 2L);
        session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
    }

    @Test
    void theProtectedPrintHidesIncidenceAndPopulationWithTheirCountAndTheIncomeOfTwoHouseholds() throws Exception {
        Map<String, Map<String, String>> open = printed("");
        Map<String, Map<String, String>> hidden = printed("&protect=true");

        RegionStatistics small = statistics.forRegion(RegionScope.ALL, TWO_HOUSEHOLDS, YEAR);

        assertThat(open.get(VILLAGE)).containsEntry("poorPersons", "2").containsEntry("ruralPopulation", "226")
                .containsEntry("incidencePercent", village.incidencePercent() + "%");
        assertThat(hidden.get(VILLAGE)).containsEntry("poorPersons", "<3").containsEntry("poorHouseholds", "<3")
                .containsEntry("ruralPopulation", "×").containsEntry("incidencePercent", "×");
        assertThat(open.get(TWO_HOUSEHOLDS)).containsEntry("households", "2")
                .containsEntry("netIncomePerCapita", small.netIncomePerCapita().toString());
        assertThat(hidden.get(TWO_HOUSEHOLDS)).containsEntry("households", "<3").containsEntry("netIncomePerCapita", "×");
        assertThat(session.get(summary("&protect=true")).body()).contains("id=\"protection-note\"", "“&lt;3”", "“×”");
        assertThat(session.get(summary("")).body()).doesNotContain("protection-note");
    }

    @Test
    void noHiddenPrintedCellFollowsFromTheTotalMinusTheShownVillages() throws Exception {
        Map<String, Map<String, String>> hidden = printed("&protect=true");
        Map<String, String> total = hidden.remove("total");

        for (String column : List.of("households", "persons", "poorHouseholds", "poorPersons", "exitedHouseholds",
                "returnedHouseholds", "ruralPopulation")) {
            long hiddenCells = hidden.values().stream().filter(row -> !isNumber(row.get(column))).count();
            assertThat(hiddenCells).as(column + ": none or at least two hidden villages").isNotEqualTo(1);
        }
        long shownOthers = hidden.values().stream().map(row -> row.get("poorPersons")).filter(SmallCellProtectionIntegrationTest::isNumber)
                .mapToLong(Long::parseLong).sum();
        assertThat(Long.parseLong(total.get("poorPersons")) - shownOthers).isNotEqualTo(village.poorPersons());
    }

    @Test
    void theProtectedXlsxHidesTheSameCellsAsThePrintAndTheOneFamilysIncome() throws Exception {
        Map<String, Map<String, String>> printed = printed("&protect=true");
        Map<String, Map<String, String>> open = exported("");
        Map<String, Map<String, String>> hidden = exported("&protect=true");

        assertThat(new BigDecimal(open.get(VILLAGE).get("poorNetIncomePerCapita")))
                .isEqualByComparingTo(village.poorNetIncomePerCapita());
        assertThat(hidden.get(VILLAGE)).containsEntry("poorPersons", "<3").containsEntry("ruralPopulation", "×")
                .containsEntry("incidencePercent", "×").containsEntry("poorNetIncomePerCapita", "×");
        assertThat(hidden.values().stream().filter(row -> !isNumber(row.get("poorNetIncomePerCapita"))).count())
                .as("a partner for the one family's income").isGreaterThan(1);
        assertThat(hidden.keySet()).isEqualTo(open.keySet());
        List<Row> sheet = WebSession.sheetRows(session.xlsx(children("&protect=true")).body());
        assertThat(sheet.get(sheet.size() - 1).getCellText(0)).startsWith("注：").contains("“<3”", "“×”");
        hidden.forEach((region, row) -> PRINTED.forEach(column -> assertThat(isNumber(row.get(column)))
                .as(region + " " + column).isEqualTo(isNumber(printed.get(region).get(column).replace("%", "")))));
    }

    @Test
    void theVillagesSeriesAndCompositionHideWhatWouldGiveItsSmallCountsAway() throws Exception {
        List<Row> series = WebSession.sheetRows(session.xlsx("/export/regions/" + VILLAGE + "/series.xlsx?protect=true").body());
        List<Row> composition = WebSession.sheetRows(session.xlsx("/export/regions/" + VILLAGE
                + "/composition.xlsx?year=" + YEAR + "&protect=true").body());

        Map<String, String> year = new LinkedHashMap<>();
        for (int c = 0; c < EXPORTED.size(); c++) year.put(EXPORTED.get(c), series.get(1).getCellText(c + 1));
        assertThat(year).containsEntry("poorPersons", "<3").containsEntry("ruralPopulation", "×")
                .containsEntry("incidencePercent", "×").containsEntry("poorNetIncomePerCapita", "×");
        Map<String, long[]> hiddenByDimension = new LinkedHashMap<>();
        for (Row row : composition.subList(1, composition.size())) {
            if (row.getCellCount() < 4) continue; // the footnote
            long[] hidden = hiddenByDimension.computeIfAbsent(row.getCellText(0), d -> new long[2]);
            for (int c = 0; c < 2; c++) if (List.of("<3", "×").contains(row.getCellText(c + 2))) hidden[c]++;
        }
        assertThat(hiddenByDimension).isNotEmpty();
        hiddenByDimension.forEach((dimension, hidden) -> assertThat(hidden).as(dimension).doesNotContain(1L));
    }

    private String summary(String query) {
        return "/print/regions/" + TOWNSHIP + "?year=" + YEAR + query;
    }

    private String children(String query) {
        return "/export/regions/" + TOWNSHIP + "/children.xlsx?year=" + YEAR + query;
    }

    /** The printed table: region code (or "total") → column → cell text. */
    private Map<String, Map<String, String>> printed(String query) throws Exception {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(session.get(summary(query)).body());
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(2));
            List<String> cells = new ArrayList<>();
            while (cell.find()) cells.add(cell.group(1).replace("&lt;", "<").replace("&times;", "×").trim());
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < PRINTED.size(); c++) byColumn.put(PRINTED.get(c), cells.get(c + 1));
            rows.put(row.group(1) == null ? "total" : row.group(1), byColumn);
        }
        return rows;
    }

    /** The XLSX rows of child regions: code → column → cell text. */
    private Map<String, Map<String, String>> exported(String query) throws Exception {
        List<Row> sheet = WebSession.sheetRows(session.xlsx(children(query)).body());
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (Row row : sheet.subList(1, sheet.size())) {
            if (!row.getCellText(0).matches("\\d{12}")) continue;
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < EXPORTED.size(); c++) byColumn.put(EXPORTED.get(c), row.getCellText(c + 2));
            rows.put(row.getCellText(0), byColumn);
        }
        return rows;
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("-?\\d+(\\.\\d+)?%?");
    }
}
