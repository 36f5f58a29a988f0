package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assets.AssetImports;
import org.fupin.assets.AssetWorkbooks;
import org.fupin.assets.AssetLedger;
import org.fupin.assets.AssetFilter;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
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

/**
 * The asset pages in headless Chromium at 390 px (a phone): the county figures, a list behind a figure and one
 * asset with its forms fit without sideways scrolling, in Chinese words, and the menu leads there.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetPagesOnAPhoneTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PHONE = 390;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired AssetImports assetImports;
    @Autowired AssetLedger ledger;

    private WebDriver browser;

    @BeforeAll
    void importAssetsAndStartBrowserOnAPhone() throws Exception {
        Samples.importCounty(imports);
        Path file = AssetWorkbooks.workbook(new String[][]{
                {"行政区划代码", "资产名称", "资产类别", "数量", "计量单位", "资产价值（元）", "资金来源", "竣工日期", "所有权人类别",
                        "所有权人", "管护主体", "资产状态"},
                {"620721101201", "村级光伏电站（一期）", "经营性", "1", "座", "1234567.80", "中央、县级", "2020-06-30", "村集体",
                        "北极村股份经济合作社", "光伏管护员", "在用"},
                {"620721101202", "人饮工程", "公益性", "2.5", "公里", "150000", "统筹整合", "2019-10-01", "", "", "", "闲置"}});
        assertThat(assetImports.importAssets(RegionScope.ALL, file, false, Imports.DEFAULT_LOCALE, "test").errors()).isEmpty();
        browser = Chromium.start(PHONE, 844);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theAssetPagesFitAPhoneAndSpeakChinese() throws Exception {
        logIn();
        // on a phone the menu is folded behind its button (issue #20)
        browser.findElement(By.id("nav-toggle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("nav-assets")).isDisplayed());
        browser.findElement(By.id("nav-assets")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("assets-title")).isEmpty());
        long id = ledger.list(RegionScope.ALL, "620721101201", AssetFilter.all(2025)).get(0).id();

        check("/assets/620721000000?year=2025", "assets-county", "扶贫项目资产", "经营性", "1,384,567.80", "预警");
        check("/assets/620721101000/list?year=2025&alert=WITHOUT_OWNER_OR_CUSTODIAN", "assets-list", "人饮工程", "闲置");
        check("/assets/items/" + id, "asset", "村级光伏电站(一期)", "中央、县级", "北极村股份经济合作社", "登记年度收益及分配");
    }

    private void logIn() {
        browser.get("http://localhost:" + port + "/");
        if (browser.findElements(By.id("username")).isEmpty()) return;
        browser.findElement(By.id("username")).sendKeys(WebSession.ADMIN);
        browser.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("nav-assets")).isEmpty());
    }

    private void check(String path, String name, String... texts) throws Exception {
        browser.get("http://localhost:" + port + path);
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).as(path).contains(texts).doesNotContain("Whitelabel", "null", "PRODUCTIVE", "IN_USE",
                "VILLAGE_COLLECTIVE", "CENTRAL");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(width).as(path + " page width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
    }
}
