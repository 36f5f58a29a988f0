package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The lazily loaded region tree, the causes chart and the search export, over real HTTP as a logged-in clerk. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TreeAndChartsIntegrationTest {

    private static final String COUNTY = "620721000000";
    private static final Pattern REGION_LINK = Pattern.compile("href=\"/regions/(\\d{12})\"");
    private static final String EXPAND_BUTTON = "class=\"btn btn-sm btn-outline-secondary tree-toggle\"";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired RegionDirectory regions;
    @Autowired Statistics statistics;
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
    void treePageShowsTheRootsWithExpandButtonsAndHtmx() throws Exception {
        String page = session.get("/tree").body();

        assertThat(regionLinks(page)).containsExactlyElementsOf(
                regions.roots(RegionScope.ALL).stream().map(Region::code).toList());
        assertThat(page).containsPattern("src=\"/webjars/htmx\\.org/[\\d.]*/?dist/htmx\\.min\\.js\"").contains("hx-get=\"/tree/")
                .contains("aria-expanded=\"false\"").contains("id=\"nav-tree\"");
        assertThat(session.get("/webjars/htmx.org/dist/htmx.min.js").body()).contains("htmx");
    }

    @Test
    void countyFragmentListsExactlyItsTownshipsEachExpandable() throws Exception {
        List<String> townships = regions.children(RegionScope.ALL, COUNTY).stream().map(Region::code).toList();

        String fragment = session.get("/tree/" + COUNTY + "/children").body();

        assertThat(townships).hasSize(8);
        assertThat(regionLinks(fragment)).containsExactlyElementsOf(townships);
        assertThat(count(fragment, EXPAND_BUTTON)).isEqualTo(8);
        assertThat(fragment.strip()).doesNotContain("<html").doesNotContain("navbar").startsWith("<li")
                .contains("hx-get=\"/tree/" + townships.get(0) + "/children\"")
                .contains("hx-target=\"#children-" + townships.get(0) + "\"")
                .contains("aria-controls=\"children-" + townships.get(0) + "\"");
    }

    @Test
    void villagesHaveNoExpandButton() throws Exception {
        Region township = regions.children(RegionScope.ALL, COUNTY).get(0);
        List<String> villages = regions.children(RegionScope.ALL, township.code()).stream().map(Region::code).toList();
        assertThat(villages).isNotEmpty();

        String townshipFragment = session.get("/tree/" + township.code() + "/children").body();
        String villageFragment = session.get("/tree/" + villages.get(0) + "/children").body();

        assertThat(regionLinks(townshipFragment)).containsExactlyElementsOf(villages);
        assertThat(count(townshipFragment, EXPAND_BUTTON)).isZero();
        assertThat(townshipFragment).doesNotContain("hx-get");
        assertThat(regionLinks(villageFragment)).isEmpty();
        assertThat(villageFragment).doesNotContain("<button").contains("tree-empty");
    }

    @Test
    void regionPageHasTheCauseChartWithItsData() throws Exception {
        RegionStatistics figures = statistics.withDescendants(RegionScope.ALL, COUNTY, year).stream()
                .filter(f -> f.region().equals(COUNTY)).findFirst().orElseThrow();
        assertThat(figures.poorHouseholdsByMainCause()).isNotEmpty();

        String page = session.get("/regions/" + COUNTY + "?year=" + year).body();

        assertThat(page).contains("<!-- charts (#3) -->").contains("id=\"cause-chart\"")
                .containsPattern("src=\"/webjars/echarts/[\\d.]*/?dist/echarts\\.min\\.js\"").contains("src=\"/js/region-charts.js\"");
        String chart = page.substring(page.indexOf("<!-- charts (#3) -->"), page.indexOf("<!-- /charts -->"));
        for (Map.Entry<String, Long> cause : figures.poorHouseholdsByMainCause().entrySet()) {
            assertThat(chart).contains("data-cause=\"" + cause.getKey() + "\" data-households=\"" + cause.getValue() + "\"");
        }
        assertThat(count(chart, "data-cause=")).isEqualTo(figures.poorHouseholdsByMainCause().size());
        assertThat(page).as("the causes table stays").contains("<td class=\"text-end\">");
        assertThat(session.bytes("/webjars/echarts/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(session.get("/js/region-charts.js").body()).contains("echarts.init(", "#cause-chart-data li");
    }

    @Test
    void searchExportHasOneRowPerMatchingHousehold() throws Exception {
        String params = "region=" + COUNTY + "&year=" + year + "&q=" + URLEncoder.encode("张", StandardCharsets.UTF_8);
        String page = session.get("/households?" + params).body();
        Matcher count = Pattern.compile("id=\"result-count\"[^>]*>\\D*(\\d+)").matcher(page);
        assertThat(count.find()).isTrue();
        long total = Long.parseLong(count.group(1));
        assertThat(total).isGreaterThan(50);
        Matcher link = Pattern.compile("id=\"export-xlsx\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("the export link").isTrue();
        assertThat(link.group(1).replace("&amp;", "&")).startsWith("/export/households.xlsx?region=" + COUNTY)
                .contains("q=%E5%BC%A0");

        HttpResponse<byte[]> xlsx = session.xlsx(link.group(1).replace("&amp;", "&"));

        List<Row> rows = WebSession.sheetRows(xlsx.body());
        assertThat(rows).hasSize(1 + (int) total);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("户编号");
        assertThat(rows.get(1).getCellText(0)).isNotBlank();
    }

    @Test
    void searchExportAppliesTheFilters() throws Exception {
        String all = "region=" + COUNTY + "&year=" + year;
        String filtered = all + "&status=&cause=&attribute=&q=" + URLEncoder.encode("钟", StandardCharsets.UTF_8);

        int everyHousehold = WebSession.sheetRows(session.bytes("/export/households.xlsx?" + all).body()).size() - 1;
        int matching = WebSession.sheetRows(session.bytes("/export/households.xlsx?" + filtered).body()).size() - 1;

        RegionStatistics figures = statistics.withDescendants(RegionScope.ALL, COUNTY, year).stream()
                .filter(f -> f.region().equals(COUNTY)).findFirst().orElseThrow();
        assertThat(everyHousehold).isEqualTo(figures.households());
        assertThat(matching).isPositive().isLessThan(everyHousehold);
    }

    private static List<String> regionLinks(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = REGION_LINK.matcher(html);
        while (m.find()) codes.add(m.group(1));
        return codes;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
