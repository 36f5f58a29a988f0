package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #15: a county administrator changes a cadre's role and region on a 390-px phone from the users list, picking
 * both by name; the page shows names, never codes; the administrator's own account is refused with a sentence.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserRolePageInChromiumTest {

    private static final String ADMIN = "role-page-admin";
    private static final String CADRE = "role-page-cadre";
    private static final String PASSWORD = "role-page-2026a";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    private WebDriver browser;

    @BeforeAll
    void aCadreAndTheCountyAdministrator() throws Exception {
        Samples.importCounty(imports);
        assertThat(users.add(ADMIN, Role.COUNTY_ADMIN, "620721000000", PASSWORD)).isEmpty();
        assertThat(users.add(CADRE, Role.VILLAGE_CADRE, "620721101201", PASSWORD)).isEmpty();
        browser = Chromium.start(390, 844);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theAdministratorPicksRoleAndRegionByNameWithoutScrollingSideways() {
        logIn();
        browser.get(url("/users?q=" + CADRE));
        js("document.getElementById('role-link-" + CADRE + "').click();");
        wait(d -> !d.findElements(By.id("user-role-form")).isEmpty());
        String current = browser.findElement(By.id("user-role-current")).getText();
        assertThat(current).contains("村干部", "北极村民委员会").doesNotContain("VILLAGE_CADRE", "620721101201");
        fits();

        new Select(browser.findElement(By.id("role"))).selectByVisibleText("乡镇干部");
        new Select(browser.findElement(By.id("region"))).selectByValue("620721101000");
        assertThat(new Select(browser.findElement(By.id("region"))).getFirstSelectedOption().getText()).contains("皇城镇");
        js("document.getElementById('user-role-save').click();");
        wait(d -> !d.findElements(By.id("user-role-saved")).isEmpty());
        assertThat(browser.findElement(By.id("user-role-current")).getText()).contains("乡镇干部", "皇城镇");
        fits();
        assertThat(jdbc.sql("select role || ' ' || scope_code from app_user where username = :u").param("u", CADRE)
                .query(String.class).single()).isEqualTo("TOWNSHIP_OFFICER 620721101");
    }

    @Test
    void theAdministratorsOwnAccountIsRefusedWithASentence() {
        logIn();
        browser.get(url("/users/" + ADMIN + "/role"));
        js("document.getElementById('user-role-save').click();");
        wait(d -> !d.findElements(By.id("user-role-errors")).isEmpty());
        assertThat(browser.findElement(By.id("user-role-errors")).getText()).contains("不能更改自己的角色");
        fits();
    }

    private void logIn() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void fits() {
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
