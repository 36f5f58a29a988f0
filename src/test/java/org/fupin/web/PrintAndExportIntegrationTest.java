package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The paper outputs and XLSX exports of the sample county, over real HTTP as a logged-in clerk. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintAndExportIntegrationTest {

    private static final String COUNTY = "620721000000";
    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{11}[\\dX]");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Statistics statistics;
    @Autowired RegionDirectory regions;
    @Autowired HouseholdRegistry households;

    private WebSession session;
    private int year;

    @BeforeAll
    void importSampleCountyAndLogIn() throws Exception {
        Samples.importCounty(imports);
        year = households.years(RegionScope.ALL).get(0);
        session = new WebSession(port);
        assertThat(session.logIn(WebSession.ADMIN_PASSWORD).uri().getPath()).isEqualTo("/regions/" + COUNTY);
    }

    @Test
    void villageRegisterHasOneBlockPerHouseholdAndOnlyMaskedIdNumbers() throws Exception {
        RegionStatistics village = villageWithHouseholds();

        String page = session.get("/print/villages/" + village.region() + "?year=" + year).body();

        assertThat(count(page, "class=\"household-block\"")).isEqualTo(village.households());
        assertThat(FULL_ID.matcher(page).find()).as("a full ID number in the register").isFalse();
        assertThat(count(page, "class=\"font-monospace text-nowrap id-masked\"")).isEqualTo(village.persons());
        assertThat(page).containsPattern(MASKED_ID).contains("/css/print.css").doesNotContain("navbar");
        assertThat(session.get("/css/print.css").body()).contains("size: A4").contains("page-break-inside: avoid");
    }

    @Test
    void householdCardShowsMembersMaskedAndIncomeAgainstTheLine() throws Exception {
        long id = households.households(RegionScope.ALL, villageWithHouseholds().region(), year, 0, 1).rows().get(0).id();

        String page = session.get("/print/households/" + id).body();

        assertThat(page).contains("id=\"household-card\"").contains("id=\"per-capita\"").containsPattern(MASKED_ID);
        assertThat(FULL_ID.matcher(page).find()).as("a full ID number on the card").isFalse();
        assertThat(session.get("/households/" + id).body()).contains("/print/households/" + id);
    }

    @Test
    void summaryTableHasOneRowPerChildRegion() throws Exception {
        List<Region> children = regions.children(RegionScope.ALL, COUNTY);

        String page = session.get("/print/regions/" + COUNTY + "?year=" + year).body();

        assertThat(children).isNotEmpty();
        assertThat(count(page, "class=\"child-row\"")).isEqualTo(children.size());
        children.forEach(c -> assertThat(page).contains(c.name()));
    }

    @Test
    void householdsExportHasAHeaderAndOneRowPerHousehold() throws Exception {
        long expected = statistics.forRegion(RegionScope.ALL, COUNTY, year).households();

        HttpResponse<byte[]> response = session.xlsx("/export/regions/" + COUNTY + "/households.xlsx?year=" + year);

        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains(COUNTY + "-" + year + "-households.xlsx");
        List<Row> rows = WebSession.sheetRows(response.body());
        assertThat(rows).hasSize(1 + (int) expected);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("户编号");
        assertThat(rows.get(1).getCellText(1)).isNotBlank();
    }

    @Test
    void childrenExportHasOneRowPerChildRegion() throws Exception {
        List<Region> children = regions.children(RegionScope.ALL, COUNTY);

        List<Row> rows = WebSession.sheetRows(session.xlsx("/export/regions/" + COUNTY + "/children.xlsx?year=" + year).body());

        assertThat(rows).hasSize(1 + children.size());
        assertThat(rows.get(1).getCellText(0)).isEqualTo(children.get(0).code());
    }

    @Test
    void unknownRegionsAreNotFound() throws Exception {
        HttpResponse<String> response = session.fetch("/print/villages/620799999999");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private RegionStatistics villageWithHouseholds() {
        List<String> villages = regions.subtree(RegionScope.ALL, COUNTY).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE).map(Region::code).toList();
        return statistics.withDescendants(RegionScope.ALL, COUNTY, year).stream()
                .filter(f -> villages.contains(f.region()) && f.households() > 1).findFirst().orElseThrow();
    }

    private static long count(String html, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(html).results().count();
    }

    @Test
    void theProtectedSummaryHidesCountsBelowThree() throws Exception {
        String township = statistics.withDescendants(RegionScope.ALL, COUNTY, year).stream()
                .filter(f -> f.region().endsWith("000") && !f.region().equals(COUNTY) && f.households() > 0)
                .map(RegionStatistics::region).findFirst().orElseThrow();
        boolean smallCount = statistics.withDescendants(RegionScope.ALL, township, year).stream()
                .filter(f -> !f.region().equals(township))
                .anyMatch(f -> java.util.stream.LongStream.of(f.households(), f.poorHouseholds(), f.poorPersons(),
                        f.returnedHouseholds()).anyMatch(n -> n == 1 || n == 2));

        String open = session.get("/print/regions/" + township + "?year=" + year).body();
        String protectedPage = session.get("/print/regions/" + township + "?year=" + year + "&protect=true").body();

        assertThat(smallCount).isTrue();
        assertThat(open).doesNotContain("&lt;3");
        assertThat(protectedPage).contains("&lt;3").doesNotContainPattern("<td class=\"text-end\">[12]</td>");
    }

    @Test
    void protectedChildrenExportWritesSmallCountsAsTextAndTheOpenOneAsNumbers() throws Exception {
        String township = statistics.withDescendants(RegionScope.ALL, COUNTY, year).stream()
                .filter(f -> f.region().endsWith("000") && !f.region().equals(COUNTY) && f.households() > 0)
                .map(RegionStatistics::region).findFirst().orElseThrow();
        String path = "/export/regions/" + township + "/children.xlsx?year=" + year;

        List<Row> open = WebSession.sheetRows(session.xlsx(path).body());
        List<Row> hidden = WebSession.sheetRows(session.xlsx(path + "&protect=true").body());

        List<String> openCells = cells(open, 2, 9);
        List<String> hiddenCells = cells(hidden, 2, 9);
        assertThat(openCells).contains("1").doesNotContain("<3");
        assertThat(hiddenCells).contains("<3").doesNotContain("1", "2");
        assertThat(hiddenCells).hasSameSizeAs(openCells);
    }

    @Test
    void compositionExportHasOneRowPerDimensionValueAddingUpToTheRegion() throws Exception {
        var composition = statistics.composition(RegionScope.ALL, COUNTY, year);
        long parts = composition.dimensions().values().stream().mapToLong(List::size).sum();

        List<Row> rows = WebSession.sheetRows(session.xlsx("/export/regions/" + COUNTY + "/composition.xlsx?year=" + year).body());

        assertThat(rows).hasSize(1 + (int) parts);
        long statusHouseholds = composition.dimensions().get("POVERTY_STATUS").stream()
                .mapToLong(p -> p.households()).sum();
        assertThat(statusHouseholds).isEqualTo(statistics.forRegion(RegionScope.ALL, COUNTY, year).households());
    }

    @Test
    void seriesExportAndRegionPageShowEveryYearWithRecords() throws Exception {
        List<RegionStatistics> series = statistics.series(RegionScope.ALL, COUNTY);

        List<Row> rows = WebSession.sheetRows(session.xlsx("/export/regions/" + COUNTY + "/series.xlsx").body());
        String page = session.get("/regions/" + COUNTY + "?year=" + year).body();

        assertThat(rows).hasSize(1 + series.size());
        assertThat(rows.get(1).getCellText(1)).isEqualTo(String.valueOf(series.get(0).households()));
        assertThat(page).contains("id=\"series-table\"", "id=\"ranking-chart\"", "id=\"flows\"");
    }

    private static List<String> cells(List<Row> rows, int from, int to) {
        List<String> out = new java.util.ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (!row.getCellText(0).matches("\\d{12}")) continue; // the footnote under a protected table
            for (int c = from; c <= to; c++) out.add(row.getCellText(c));
        }
        return out;
    }
}
