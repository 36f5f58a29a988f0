package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The pages this round added or changed, in headless Chromium at 390 px (a phone): the users page, the monitoring
 * ranges, the household form with its read-only status, the account page, a village's assistance page. None may need sideways scrolling of the
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
    @Autowired org.fupin.notice.PublicNotices notices;

    private WebDriver browser;

    @BeforeAll
    void startBrowserOnAPhone() throws Exception {
        Samples.importCounty(imports);
        browser = Chromium.start(PHONE, 844);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theNewPagesFitAPhoneAndSpeakChinese() throws Exception {
        logInIfNeeded();
        long household = registry.households(RegionScope.ALL, "620721101201", 2015, 0, 1).rows().get(0).id();

        check("/users", "users", "用户管理", "新建用户");
        check("/monitoring/ranges?region=620721000000", "monitoring-ranges", "监测范围", "未设置");
        check("/monitoring", "monitoring-board", "还没有适用于本地区的监测范围", "去设置监测范围");
        check("/monitoring/layers?region=620721101201", "monitoring-layers", "监测与社会救助分层", "还没有导入民政的社会救助名单");
        check("/households/" + household + "/edit", "household-form", "只能由识别、退出、剔除程序或年度导入改变", "脱贫状态");
        check("/account", "account", "我的账户", "修改密码");
        check("/identification/exit-calculation", "exit-calculation", "村退出的其他条件", "尚未设置：村退出只看贫困发生率。");
        check("/households/" + household, "household", "帮扶情况", "发起");
        browser.findElement(By.id("assistance-link")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/assistance/households/" + household);
        check("/assistance/regions/620721101201", "assistance-village", "“3+2+1”帮扶力量", "计划脱贫年度");
        check("/identification/parameters", "parameters", "户退出：收入须稳定超过扶贫标准的年数", "全国");
        assertThat(browser.findElement(By.id("parameters")).getText()).doesNotContain("EXIT_STABLE_YEARS", "NOTICE_DAYS");
        // the same new pages in English, then back to Chinese for the rest of the class
        check("/monitoring/layers?region=620721101201&lang=en", "monitoring-layers-en", "Monitoring and social assistance layers",
                "No social-assistance list");
        check("/identification/exit-calculation?lang=en", "exit-calculation-en", "Other conditions of village exit");
        check("/identification/village-exits?lang=en", "village-exits-en", "Poor village exits", "Open a village exit");
        check("/account?lang=en", "account-en", "API tokens", "Create token");
        check("/code-lists?list=POVERTY_CAUSE&year=2015&lang=en", "code-lists-en", "Code lists", "Main cause of poverty", "Add alias");
        check("/code-lists?list=POVERTY_CAUSE&year=2015&lang=zh_CN", "code-lists", "代码表", "主要致贫原因", "添加别名");
        browser.get("http://localhost:" + port + "/?lang=zh_CN");
    }

    /** Issue #16: the printed county 公告 names the county's leading group, its date, and no 公示期. */
    @Test
    void thePrintedAnnouncementIsTheCountysWithItsDateAndNoPeriod() throws Exception {
        long village = notices.open(RegionScope.ALL, org.fupin.notice.NoticeDraft.of(org.fupin.notice.NoticeKind.EXIT,
                "620721101201", "拟退出公示", java.time.LocalDate.of(2015, 11, 2), 7, "村委会公示栏",
                java.util.List.of(new org.fupin.notice.NoticeEntry(null, "T-1", "公示户", 3, "一般贫困户", "缺资金", ""))), "test");
        long county = notices.open(RegionScope.ALL, org.fupin.notice.NoticeDraft.of(
                org.fupin.notice.NoticeKind.EXIT_ANNOUNCEMENT, "620721101201", "退出公告", java.time.LocalDate.of(2015, 11, 23),
                1, "村委会公示栏", java.util.List.of(new org.fupin.notice.NoticeEntry(null, "T-1", "公示户", 3, "一般贫困户",
                        "缺资金", ""))), "test");
        logInIfNeeded();

        browser.get("http://localhost:" + port + "/print/notices/" + county);
        String announcement = browser.findElement(By.id("notice")).getText();
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("phone-announcement.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(browser.findElement(By.id("issuer")).getText()).isEqualTo("肃南裕固族自治县扶贫开发领导小组　2015-11-23");
        assertThat(announcement).contains("经肃南裕固族自治县扶贫开发领导小组审定", "公告日期：2015-11-23",
                "请向肃南裕固族自治县扶贫开发领导小组办公室反映").doesNotContain("公示期", "村委会或驻村工作队");

        browser.get("http://localhost:" + port + "/print/notices/" + village);
        assertThat(browser.findElement(By.id("issuer")).getText()).isEqualTo("北极村民委员会　2015-11-02");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("公示期自 2015-11-02 至 2015-11-08");
    }

    private void logInIfNeeded() {
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
        assertThat(body).as(path).contains(texts).doesNotContain("Whitelabel", "null");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(width).as(path + " page width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
    }
}
