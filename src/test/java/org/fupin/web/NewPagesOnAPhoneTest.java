package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The pages this round added or changed, in headless Chromium at 390 px (a phone): the users page, the monitoring
 * ranges, the household form with its read-only status, the account page. None may need sideways scrolling of the
 * page itself (tables scroll inside their own box). Screenshots go to target/screenshots.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewPagesOnAPhoneTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PHONE = 390;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;

    private WebDriver browser;

    @BeforeAll
    void startBrowserOnAPhone() throws Exception {
        Samples.importCounty(imports);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        browser.manage().window().setSize(new Dimension(PHONE, 844));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theNewPagesFitAPhoneAndSpeakChinese() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password");
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("region-name")).isEmpty());
        long household = registry.households(RegionScope.ALL, "620721101201", 2015, 0, 1).rows().get(0).id();

        check("/users", "users", "用户管理", "新建用户");
        check("/monitoring/ranges?region=620721000000", "monitoring-ranges", "监测范围", "未设置");
        check("/monitoring", "monitoring-board", "还没有适用于本地区的监测范围", "去设置监测范围");
        check("/households/" + household + "/edit", "household-form", "只能由识别、退出、剔除程序或年度导入改变", "脱贫状态");
        check("/account", "account", "我的账户", "修改密码");
    }

    private void check(String path, String name, String... texts) throws Exception {
        browser.get("http://localhost:" + port + path);
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).as(path).contains(texts).doesNotContain("Whitelabel", "null");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(width).as(path + " page width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
    }
}
