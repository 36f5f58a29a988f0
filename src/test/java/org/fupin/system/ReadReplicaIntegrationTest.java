package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.Samples;
import org.fupin.api.ApiCaller;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.Chromium;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A primary and a streaming replica (issue #28, ADR 0045). With the replica's replay paused, the registry import
 * commits on the primary: the region page and the registry export, served by the replica, still show the county
 * without it and say how far behind they are; a household edit and its page, served by the primary, show the edit at
 * once. Once the replica replays, the region page shows the import and says it is up to date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fupin.data-dir=${java.io.tmpdir}/fupin-test-${random.uuid}",
        "fupin.demo.enabled=false",
        "fupin.admin-password=test-admin-password",
        "fupin.api.basic-auth=true"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadReplicaIntegrationTest {

    private static final String COUNTY = "620721000000";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PHONE = 390;
    private static ReplicaClusters clusters;

    private WebSession session;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry properties) throws Exception {
        clusters = ReplicaClusters.start();
        properties.add("fupin.db.url", clusters::primaryUrl);
        properties.add("fupin.db.replica-url", clusters::replicaUrl);
    }

    @AfterAll
    static void stopClusters() throws Exception {
        if (clusters != null) clusters.close();
    }

    @BeforeAll
    void regionsOnBothAndLoggedIn() throws Exception {
        accepted(imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE));
        accepted(imports.importVillageFacts(Samples.file("village-facts.csv"), false, Imports.DEFAULT_LOCALE));
        clusters.awaitReplay();
        assertThat(clusters.replica().sql("select pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
        session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
    }

    @Test
    void servesRegionPagesAndExportsFromTheReplicaAndAnEditedHouseholdFromThePrimary() throws Exception {
        clusters.pauseReplay();
        try {
            accepted(imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE));
            assertThat(clusters.primary().sql("select count(*) from household").query(Long.class).single()).isPositive();
            assertThat(clusters.replica().sql("select count(*) from household").query(Long.class).single()).isZero();

            String page = session.get("/regions/" + COUNTY + "?year=2015").body();
            assertThat(figure(page, "households")).isEqualTo("0");
            assertThat(freshness(page)).startsWith("数据约滞后");

            String search = session.get("/households?region=" + COUNTY + "&year=2015").body();
            assertThat(search).contains("找到 0 户");
            assertThat(freshness(search)).startsWith("数据约滞后");
            assertThat(ApiCaller.admin(port).get("/api/v1/statistics/" + COUNTY + "?year=2015").body())
                    .contains("\"households\":0,");

            long exports = exportEvents();
            assertThat(WebSession.sheetRows(session.xlsx("/export/regions/" + COUNTY + "/registry.xlsx?year=2015").body()))
                    .as("only the header: the replica has no household yet").hasSize(1);
            assertThat(exportEvents()).as("the export's audit event, written on the primary").isEqualTo(exports + 1);

            long id = registry.households(RegionScope.ALL, COUNTY, 2015, 0, 1).rows().get(0).id();
            String form = session.get("/households/" + id + "/edit").body();
            Map<String, String> fields = WebSession.formValues(form);
            fields.put("version", WebSession.hidden(form, "version"));
            fields.put("WAGE_INCOME", "23456.70");
            HttpResponse<String> saved = session.post("/households/" + id, fields, form);
            assertThat(saved.uri().getPath()).isEqualTo("/households/" + id);
            assertThat(saved.body()).contains("23456.70").doesNotContain("replica-freshness");
        } finally {
            clusters.resumeReplay();
        }
        clusters.awaitReplay();
        String page = session.get("/regions/" + COUNTY + "?year=2015").body();
        assertThat(figure(page, "households")).isNotEqualTo("0");
        // the primary goes on writing (audit, sessions), so the replica may be a moment behind again: the line must
        // say up to date once it has replayed all, within the 20 s awaitReplay allows
        for (int i = 0; i < 40 && !freshness(page).equals("数据已是最新"); i++) {
            clusters.awaitReplay();
            Thread.sleep(500);
            page = session.get("/regions/" + COUNTY + "?year=2015").body();
        }
        assertThat(freshness(page)).isEqualTo("数据已是最新");
    }

    @Test
    void theFreshnessLineFitsAPhone() throws Exception {
        clusters.awaitReplay();
        WebDriver browser = Chromium.start(PHONE, 844);
        try {
            browser.get("http://localhost:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys(WebSession.ADMIN);
            browser.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
            browser.findElement(By.id("login")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("region-name")).isEmpty());
            browser.get("http://localhost:" + port + "/regions/" + COUNTY + "?year=2015");
            assertThat(browser.findElement(By.id("replica-freshness")).getText()).isEqualTo("数据已是最新");
            Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
            Files.createDirectories(SCREENSHOTS);
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve("phone-region-from-replica.png"), StandardCopyOption.REPLACE_EXISTING);
            assertThat(width).as("region page width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
        } finally {
            browser.quit();
        }
    }

    private long exportEvents() {
        return clusters.primary().sql("select count(*) from audit_event where action = 'EXPORT'").query(Long.class).single();
    }

    private static String figure(String page, String key) {
        Matcher m = Pattern.compile("id=\"figure-" + key + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("figure " + key).isTrue();
        return m.group(1).trim();
    }

    private static String freshness(String page) {
        Matcher m = Pattern.compile("id=\"replica-freshness\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? m.group(1).trim() : "";
    }

    private static void accepted(ImportReport report) {
        assertThat(report.accepted()).as(report.errors().toString()).isTrue();
    }
}
