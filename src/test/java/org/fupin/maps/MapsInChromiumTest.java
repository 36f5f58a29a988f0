package org.fupin.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assistance.BattlePlan;
import org.fupin.facilities.FacilityImports;
import org.fupin.imports.Imports;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.statistics.Statistics;
import org.fupin.web.ChromiumAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #24 in headless Chromium: the sample county's map, drawn from the synthetic boundaries the demo uses, loads
 * nothing from outside the server; the colours and values the chart holds are the region figures and the legend's
 * classes; a click on a village opens its page; the battle map colours the overdue village; the A3 print view
 * shows title, legend, date and north arrow (screenshot target/screenshots/map-print-a3.png); PNG export; 390 px.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapsInChromiumTest {

    private static final String COUNTY = "620721000000";
    private static final String TOWNSHIP = "620721101000";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired FacilityImports facilities;
    @Autowired Maps maps;
    @Autowired RegionDirectory regions;
    @Autowired Statistics statistics;
    @Autowired BattlePlan battlePlan;

    private WebDriver browser;
    private String overdueVillage;

    @BeforeAll
    void importTheCountyWithSyntheticBoundariesAndStartTheBrowser(@TempDir Path dir) throws Exception {
        Samples.importCounty(imports);
        assertThat(facilities.importFacilities(Samples.file("facilities-2015.csv"), 2015, false, Imports.DEFAULT_LOCALE)
                .accepted()).isTrue();
        Map<String, List<String>> villages = new LinkedHashMap<>();
        for (Region township : regions.children(RegionScope.ALL, COUNTY)) {
            villages.put(township.code(), regions.children(RegionScope.ALL, township.code()).stream().map(Region::code).toList());
        }
        Path file = Files.writeString(dir.resolve("county.geojson"),
                SyntheticBoundaries.featureCollection(villages, 97.6, 37.9, 101.4, 39.5, 1), StandardCharsets.UTF_8);
        assertThat(maps.importBoundaries(file, 2015, Crs.WGS84, true, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();
        List<String> township = villages.get(TOWNSHIP);
        overdueVillage = township.get(0);
        battlePlan.planVillage(RegionScope.ALL, overdueVillage, 2014);
        battlePlan.planVillage(RegionScope.ALL, township.get(1), 2015);
        battlePlan.planVillage(RegionScope.ALL, township.get(2), 2017);
        Files.createDirectories(SCREENSHOTS);
        browser = ChromiumAccess.start(1280, 1000);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password");
        browser.findElement(By.id("login")).click();
        waitUntil(d -> !d.findElements(By.id("region-name")).isEmpty());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void drawsTheCountyMapWithNoRequestLeavingTheServerInTheColoursOfTheRegionFigures() {
        open("/maps/" + COUNTY + "?year=2015&figure=POOR_HOUSEHOLDS&level=TOWNSHIP");

        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(requests).isNotEmpty().anyMatch(u -> u.contains("/maps/" + COUNTY + "/data"))
                .anyMatch(u -> u.contains("echarts")).allMatch(u -> u.startsWith("http://localhost:" + port + "/"));
        List<Map<String, Object>> data = chartData();
        List<Region> townships = regions.children(RegionScope.ALL, COUNTY);
        assertThat(data).extracting(d -> d.get("name")).containsExactlyElementsOf(townships.stream().map(Region::code).toList());
        List<WebElement> classes = browser.findElements(By.cssSelector("#map-legend .legend-class[data-lower]"));
        for (Map<String, Object> area : data) {
            long poor = statistics.forRegion(RegionScope.ALL, (String) area.get("name"), 2015).poorHouseholds();
            assertThat(((Number) area.get("value")).longValue()).as("value of " + area.get("name")).isEqualTo(poor);
            assertThat(color(area)).as("colour of " + area.get("name")).isEqualTo(legendColour(classes, poor));
        }
        assertThat(data.stream().map(MapsInChromiumTest::color).distinct().count()).isGreaterThan(2);
        assertThat(browser.findElement(By.id("map-synthetic")).getText()).contains("虚构");
    }

    @Test
    void hoveringATownshipShowsItsNameAndFigure() {
        open("/maps/" + COUNTY + "?year=2015&figure=POOR_HOUSEHOLDS&level=TOWNSHIP");
        MapView.Place inside = maps.view(RegionScope.ALL, TOWNSHIP, 2015, MapFigure.INCIDENCE, RegionLevel.VILLAGE, false)
                .places().get(4);
        long poor = statistics.forRegion(RegionScope.ALL, TOWNSHIP, 2015).poorHouseholds();

        moveTo(inside.longitude(), inside.latitude() + 0.03).perform();

        waitUntil(d -> !d.findElement(By.id("map-chart")).getText().isBlank());
        assertThat(browser.findElement(By.id("map-chart")).getText()).contains("皇城镇", "贫困户数: " + poor);
    }

    @Test
    void clickingAVillageOpensItsPage() {
        open("/maps/" + TOWNSHIP + "?year=2015&figure=INCIDENCE&level=VILLAGE");
        String village = regions.children(RegionScope.ALL, TOWNSHIP).get(4).code();
        MapView view = maps.view(RegionScope.ALL, TOWNSHIP, 2015, MapFigure.INCIDENCE, RegionLevel.VILLAGE, false);
        MapView.Place place = view.places().stream().filter(p -> p.code().equals(village)).findFirst().orElseThrow();
        moveTo(place.longitude(), place.latitude() + 0.03).click().perform();

        waitUntil(d -> d.getCurrentUrl().endsWith("/regions/" + village));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(place.name());
    }

    @Test
    void theBattleMapColoursTheOverdueVillageAndListsIt() {
        open("/maps/" + TOWNSHIP + "/battle?year=2015");

        Map<String, Object> overdue = chartData().stream().filter(d -> overdueVillage.equals(d.get("name"))).findFirst().orElseThrow();
        assertThat(color(overdue)).isEqualTo(legendColour(browser.findElements(By.cssSelector("#map-legend .legend-class")),
                Maps.BattleState.OVERDUE.ordinal()));
        assertThat(browser.findElement(By.id("battle-overdue-villages")).getText())
                .contains(regions.find(RegionScope.ALL, overdueVillage).orElseThrow().name()).contains("2014");
        assertThat(browser.findElement(By.id("map-legend")).getText()).contains("逾期未退出 1个", "本年计划退出 1个");
    }

    @Test
    void theA3PrintViewShowsTitleLegendDateAndNorthArrow() throws Exception {
        browser.manage().window().setSize(new Dimension(1587, 1123));
        try {
            open("/maps/" + COUNTY + "/print?year=2015&figure=BATTLE");

            assertThat(browser.findElement(By.id("print-title")).getText()).isEqualTo("肃南裕固族自治县作战图（2015年）");
            assertThat(browser.findElement(By.id("map-legend")).getText()).contains("图例", "逾期未退出", "已退出", "坐标系：WGS-84");
            assertThat(browser.findElement(By.id("print-date")).getText()).contains(LocalDate.now().toString());
            assertThat(browser.findElement(By.id("north-arrow")).isDisplayed()).isTrue();
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve("map-print-a3.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void exportsTheMapAsAPng() {
        open("/maps/" + COUNTY + "?year=2015");
        script("window.exported = null; HTMLAnchorElement.prototype.click = function () { window.exported = this.href; };");

        browser.findElement(By.id("map-export")).click();

        assertThat((String) script("return window.exported;")).startsWith("data:image/png;base64,");
    }

    @Test
    void theMapPagesFitAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/maps/" + COUNTY + "?year=2015", "/maps/" + COUNTY + "/battle?year=2015",
                    "/maps/" + COUNTY + "/print?year=2015")) {
                open(path);
                Long width = (Long) script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
                assertThat(width).as(path).isLessThanOrEqualTo(390);
            }
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve("phone-map-print.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** The pointer moved over a longitude and latitude of the drawn map. */
    private Actions moveTo(double longitude, double latitude) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) script("return echarts.getInstanceByDom(document.getElementById('map-chart'))"
                + ".convertToPixel({geoIndex: 0}, [arguments[0], arguments[1]]);", longitude, latitude);
        WebElement chart = browser.findElement(By.id("map-chart"));
        return new Actions(browser).moveToElement(chart, pixel.get(0).intValue() - chart.getSize().getWidth() / 2,
                pixel.get(1).intValue() - chart.getSize().getHeight() / 2);
    }

    private void open(String path) {
        browser.get(url(path));
        waitUntil(d -> "true".equals(d.findElement(By.id("map-chart")).getAttribute("data-drawn")));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Whitelabel", "null");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> chartData() {
        return new ArrayList<>((List<Map<String, Object>>) script(
                "return echarts.getInstanceByDom(document.getElementById('map-chart')).getOption().geo[0].regions;"));
    }

    @SuppressWarnings("unchecked")
    private static String color(Map<String, Object> area) {
        return (String) ((Map<String, Object>) area.get("itemStyle")).get("areaColor");
    }

    /** The colour of the legend class holding the value (by bounds), or of the class with that index (categories). */
    private static String legendColour(List<WebElement> classes, long value) {
        String found = null;
        for (WebElement c : classes) {
            String lower = c.getAttribute("data-lower");
            if (lower == null || lower.isEmpty()) {
                if (Long.parseLong(c.getAttribute("data-class")) == value) return c.getAttribute("data-color");
            } else if (value >= Double.parseDouble(lower)) {
                found = c.getAttribute("data-color");
            }
        }
        return found;
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
