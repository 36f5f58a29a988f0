package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #26 in headless Chromium at 390 px: the tree of a year with its search and segment labels, a node expanded in
 * that year, the region page naming a series' predecessor, and the import page offering the 区划变更表 — all in
 * Chinese, none wider than the phone. Screenshots go to target/screenshots.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionTreeOnAPhoneTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PHONE = 390;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;

    private WebDriver browser;

    @BeforeAll
    void changedCountyAndABrowserOnAPhone() throws Exception {
        Samples.importCounty(imports);
        Path file = Files.createTempFile("changes", ".csv");
        Files.writeString(file, "年度,原代码,新代码,变更类型,新名称\n2016,620721101201,620721101202,合并,\n");
        assertThat(imports.importRegionChanges(file, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        browser = Chromium.start(PHONE, 844);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theTreeOfAYearItsSearchAndThePredecessorNoteFitAPhone() throws Exception {
        logIn();
        check("/tree?year=2016&q=" + java.net.URLEncoder.encode("北", "UTF-8"), "tree-2016", "区划树", "年度", "北峰村民委员会",
                "村委会");
        assertThat(browser.findElement(By.id("tree-found")).getText()).doesNotContain("北极村民委员会");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("tree-year")))
                .getFirstSelectedOption().getText()).isEqualTo("2016");
        browser.findElement(By.cssSelector("#node-620000000000 .tree-toggle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("children-620000000000"))
                .getText().contains("张掖市"));
        assertThat(browser.findElement(By.id("children-620000000000")).getText()).contains("地级");
        check("/regions/620721101202?year=2015", "region-predecessor", "含前身区划的数字（合计在内）：北极村民委员会（2016 年以前，合并）");
        check("/imports", "imports", "区划变更表");
    }

    @Test
    void aPickersSearchOffersTheRegionsOfTheYearByNameAndCode() throws Exception {
        logIn();
        check("/monitoring?year=2016", "picker", "北峰村民委员会");
        WebElement search = browser.findElement(By.cssSelector("select#region")).findElement(By.xpath("preceding-sibling::input[1]"));
        assertThat(search.getAttribute("placeholder")).isEqualTo("按名称或代码查找区划");
        search.sendKeys("北");
        Select village = new Select(browser.findElement(By.id("region")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> village.getOptions().size() == 2);
        assertThat(village.getOptions()).extracting(WebElement::getText).containsExactly("北峰村民委员会", "北湾村民委员会");
        assertThat(village.getFirstSelectedOption().getAttribute("value")).isEqualTo("620721101202");
        search.clear();
        search.sendKeys("620721102");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> village.getOptions().get(0).getAttribute("value")
                .startsWith("620721102"));
        assertThat(village.getOptions()).extracting(o -> o.getAttribute("value")).allMatch(v -> v.startsWith("620721102"))
                .hasSize(14);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("phone-picker-search.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void logIn() {
        browser.get("http://localhost:" + port + "/");
        if (browser.findElements(By.id("username")).isEmpty()) return;
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password");
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("region-name")).isEmpty());
    }

    private void check(String path, String name, String... texts) throws Exception {
        browser.get("http://localhost:" + port + path);
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).as(path).contains(texts).doesNotContain("Whitelabel", "null", "VILLAGE_COMMITTEE", "MERGE");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(width).as(path + " page width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
    }
}
