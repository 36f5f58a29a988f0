package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * ADR 0027 in headless Chromium, which enforces the Content-Security-Policy: the page refuses a script written into
 * it, and the script files still draw the charts, open the region tree, print and submit the year choice, with no
 * refusal in the browser's console.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptsUnderThePolicyInChromiumTest {

    private static final String COUNTY = "620721000000";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired RegionDirectory regions;

    private WebDriver browser;

    /** The sample county in 2015 and, the same again, in 2016: the region page then draws its series chart too. */
    @BeforeAll
    void startBrowserWithTwoYearsOfTheSampleCounty(@TempDir Path dir) throws Exception {
        Samples.importCounty(imports);
        Path nextYear = dir.resolve("registry-2016.csv");
        Files.writeString(nextYear, Files.readString(Samples.file("registry.csv"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^2015,", "2016,"), StandardCharsets.UTF_8);
        assertThat(imports.importRegistry(nextYear, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        browser = Chromium.start(1280, 900);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(WebSession.ADMIN);
        browser.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        waitUntil(d -> !d.findElements(By.id("region-name")).isEmpty());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void refusesAScriptWrittenIntoThePage() {
        browser.get(url("/regions/" + COUNTY));

        Object ran = script("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                + " document.body.appendChild(s); return window.inlineRan === true;");

        assertThat(ran).isEqualTo(false);
        assertThat(refusals()).hasSize(1).allMatch(r -> r.contains("inline script"));
    }

    @Test
    void drawsTheChartsOfARegionAndSubmitsTheChosenYear() {
        browser.get(url("/regions/" + COUNTY + "?year=2015"));

        for (String chart : List.of("cause-chart", "ranking-chart", "series-chart")) {
            waitUntil(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
        }
        new Select(browser.findElement(By.id("year"))).selectByValue("2016");
        waitUntil(d -> d.getCurrentUrl().endsWith("year=2016"));

        assertThat(new Select(browser.findElement(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo("2016");
        assertThat(refusals()).isEmpty();
    }

    @Test
    void opensAndClosesTheRegionTree() {
        browser.get(url("/tree"));
        WebElement toggle = browser.findElement(By.cssSelector(".tree-toggle"));
        WebElement children = browser.findElement(By.id(toggle.getAttribute("aria-controls")));
        int below = regions.children(RegionScope.ALL, children.getAttribute("id").substring("children-".length())).size();
        assertThat(below).isPositive();

        toggle.click();
        waitUntil(d -> children.findElements(By.cssSelector(".tree-node")).size() == below);
        assertThat(children.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        toggle.click();

        assertThat(children.isDisplayed()).isFalse();
        assertThat(refusals()).isEmpty();
    }

    @Test
    void printsFromThePrintButton() {
        browser.get(url("/indicators/" + COUNTY + "?year=2015"));
        script("window.print = function () { window.printed = true; };");

        browser.findElement(By.cssSelector("button[data-print]")).click();

        assertThat(script("return window.printed === true;")).isEqualTo(true);
        assertThat(refusals()).isEmpty();
    }

    /** What the browser's console reported as refused by the Content-Security-Policy since the last call. */
    private List<String> refusals() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).collect(Collectors.toList());
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
