package org.fupin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.Views;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.domain.CaseKind;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #18: starting from a fresh data directory (the demo loads on first start as in production), an exit case,
 * a comparison run with hits, a monitoring episode and the 2015 indicator dashboard each show their data in
 * headless Chromium. Screenshots go to target/screenshots/demo-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fupin.data-dir=${java.io.tmpdir}/fupin-demo-${random.uuid}", "fupin.db.durable=false",
        "fupin.admin-password=demo-test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Value("${local.server.port}") int port;
    @Autowired IdentificationCases cases;
    @Autowired Comparison comparison;
    @Autowired JdbcClient jdbc;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = org.fupin.web.ChromiumAccess.start(1280, 1000);
        Files.createDirectories(SCREENSHOTS);
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("demo-test");
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("region-name")).isEmpty());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theDemoShowsAnExitCaseAComparisonRunAMonitoringEpisodeAndThe2015Dashboard() throws Exception {
        var exit = cases.cases(RegionScope.ALL, CaseKind.EXIT, 2016).get(0);
        assertThat(show("/identification/cases/" + exit.id(), "exit-case")).contains(exit.householdNumber(), "销号", "2016-10-20");

        Views.Run run = comparison.runs(RegionScope.ALL).get(0);
        Views.Hit hit = comparison.hitsOfRun(run.id()).get(0);
        assertThat(show("/comparison/runs/" + run.id(), "comparison-run")).contains(hit.householdNumber());

        long episode = jdbc.sql("select id from monitoring_episode where status = 'ELIMINATED' order by id limit 1")
                .query(Long.class).single();
        assertThat(show("/monitoring/episodes/" + episode, "monitoring-episode")).contains("风险消除", "2021");

        assertThat(show("/indicators/620721000000", "indicators-2015")).contains("2015");
        assertThat(browser.findElement(By.id("at-target")).getText()).isEqualTo("17 / 39");
    }

    private String show(String path, String name) throws Exception {
        browser.get("http://localhost:" + port + path);
        String body = browser.findElement(By.tagName("body")).getText();
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("demo-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(body).as(path).doesNotContain("Whitelabel", "null");
        return body;
    }
}
