package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fupin.FupinTest;
import org.fupin.demo.SyntheticProvince;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #22 in a real browser, on a phone-sized window: a registry file of 50,000 persons is imported in the
 * background; its page shows the progress advancing (rows read, households checked), keeps it across a reload, and
 * ends on the report.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportProgressInChromiumTest {

    private static final int PHONE = 390;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired SyntheticProvince province;

    private WebDriver browser;
    private Path registry;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("import-progress");
        SyntheticProvince.Generated files = province.write(dir, 50_000, 2022);
        assertThat(imports.importRegions(files.regions(), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        assertThat(imports.importVillageFacts(files.villageFacts(), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        registry = dir.resolve("province-registry.csv");
        List<String> lines = new ArrayList<>();
        for (Path county : files.registries()) {
            List<String> rows = Files.readAllLines(county, StandardCharsets.UTF_8);
            lines.addAll(lines.isEmpty() ? rows : rows.subList(1, rows.size()));
        }
        Files.write(registry, lines, StandardCharsets.UTF_8);
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(45_000);
        browser = Chromium.start(PHONE, 844);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void aLargeRegistryFileShowsItsProgressAdvancingAcrossAReloadAndEndsOnTheReport() {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(WebSession.ADMIN);
        browser.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));

        browser.get("http://localhost:" + port + "/imports");
        browser.findElement(By.id("file")).sendKeys(registry.toAbsolutePath().toString());
        browser.findElement(By.id("import-form")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/imports/jobs/"));

        Set<String> seen = new LinkedHashSet<>();
        boolean reloaded = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (browser.findElements(By.id("report")).isEmpty() && System.nanoTime() < deadline) {
            List<WebElement> rows = browser.findElements(By.id("progress-rows"));
            List<WebElement> households = browser.findElements(By.id("progress-households"));
            try {
                if (!rows.isEmpty() && !households.isEmpty()) {
                    seen.add(rows.get(0).getText() + "/" + households.get(0).getText());
                    assertThat(pageWidth()).as("progress page width").isLessThanOrEqualTo(PHONE);
                }
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                continue;
            }
            if (!reloaded && seen.size() >= 2) {
                browser.navigate().refresh();
                reloaded = true;
            }
            sleep(200);
        }

        assertThat(browser.findElement(By.id("accepted")).getText()).contains("已导入");
        assertThat(seen).as("progress seen before the report").hasSizeGreaterThanOrEqualTo(2);
        assertThat(seen.stream().anyMatch(s -> !s.startsWith("0/"))).as("rows read advanced").isTrue();
        assertThat(reloaded).isTrue();
        assertThat(pageWidth()).as("report page width").isLessThanOrEqualTo(PHONE);
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
