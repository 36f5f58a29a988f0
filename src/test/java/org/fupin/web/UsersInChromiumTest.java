package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #19 in a real browser: a county administrator creates a village cadre from the users page and 50 more from
 * the template; the cadre logs in with the one-time password, must change it first, and sees only the menus of the
 * role; an auditor reaches the audit log from the menu.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersInChromiumTest {

    static final String COUNTY_PASSWORD = "Qilian-county-2026";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired UserAdministration administration;
    @TempDir Path dir;

    private WebDriver browser;

    @BeforeAll
    void start() throws Exception {
        Samples.importCounty(imports);
        assertThat(administration.add("chrome-county", Role.COUNTY_ADMIN, "620721000000", COUNTY_PASSWORD)).isEmpty();
        assertThat(administration.add("chrome-auditor", Role.AUDITOR, "620721000000", COUNTY_PASSWORD)).isEmpty();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void aCountyAdministratorCreatesCadresWhoMustChangeTheirPasswordAndSeeOnlyTheirMenus() throws Exception {
        logIn("chrome-county", COUNTY_PASSWORD);
        browser.findElement(By.id("nav-users")).click();
        browser.findElement(By.id("realName")).sendKeys("王村官");
        browser.findElement(By.id("username")).sendKeys("chrome-cadre");
        new Select(browser.findElement(By.id("role"))).selectByValue("VILLAGE_CADRE");
        new Select(browser.findElement(By.id("region"))).selectByValue("620721101201");
        browser.findElement(By.id("user-form")).submit();
        String oneTime = browser.findElement(By.cssSelector("#one-time-password strong")).getText();
        assertThat(oneTime).isNotBlank();

        List<String> villages = Files.readAllLines(Samples.file("regions.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(l -> l.split(",")[0]).filter(c -> !c.endsWith("000")).limit(50).toList();
        StringBuilder rows = new StringBuilder("姓名,登录名,角色,所属区划代码,单位\n");
        for (int i = 0; i < 50; i++) {
            rows.append("干部").append(i + 1).append(",chrome-").append(i + 1).append(',')
                    .append(i == 49 ? "驻村工作队员" : "村干部").append(',').append(villages.get(i)).append(",村民委员会\n");
        }
        Path sheet = dir.resolve("cadres.csv");
        Files.writeString(sheet, rows.toString(), StandardCharsets.UTF_8);
        browser.findElement(By.id("bulk-file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.findElement(By.id("bulk-form")).submit();
        assertThat(browser.findElement(By.id("bulk-created")).getText()).contains("已创建 50 个用户", "chrome-50", "驻村工作队员");
        assertThat(browser.findElements(By.cssSelector("#bulk-created tbody tr"))).hasSize(50);
        logOut();

        logIn("chrome-cadre", oneTime);
        assertThat(browser.getCurrentUrl()).endsWith("/account");
        browser.findElement(By.id("current")).sendKeys(oneTime);
        browser.findElement(By.id("next")).sendKeys("Beiji-village-2026");
        browser.findElement(By.id("repeat")).sendKeys("Beiji-village-2026");
        browser.findElement(By.id("change-password")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/account?changed"));
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).doesNotContain("/account");
        assertThat(browser.findElements(By.id("nav-import"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-account"))).hasSize(1);
        logOut();

        logIn("chrome-auditor", COUNTY_PASSWORD);
        browser.findElement(By.id("nav-audit")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/audit");
        assertThat(browser.getPageSource()).contains("USER_CREATE_BULK").doesNotContain("Whitelabel");
    }

    private void logIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Logs out and waits for the login page, so that the next login does not race the logout. */
    private void logOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/login"));
    }
}
