package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.CadreAccounts;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.field.FieldFixture;
import org.fupin.household.HouseholdRegistry;
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

/** ADR 0038: a county administrator links a cadre's account to its cadre on a 390-px phone, picking by name and unit. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CadreLinkPageInChromiumTest {

    private static final String ADMIN = "link-admin";
    private static final String PASSWORD = "cadre-link-2026b";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired UserAdministration users;
    @Autowired CadreAccounts accounts;
    @Autowired JdbcClient jdbc;

    private WebDriver browser;
    private FieldFixture fixture;

    @BeforeAll
    void aCadreAndTheCountyAdministrator() throws Exception {
        Samples.importCounty(imports);
        fixture = FieldFixture.create(organisations, pairings, users, registry, jdbc, 1);
        assertThat(users.add(ADMIN, Role.COUNTY_ADMIN, FieldFixture.VILLAGE.substring(0, 6) + "000000", PASSWORD)).isEmpty();
        browser = Chromium.start(390, 844);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theAdministratorPicksTheCadreByNameAndUnitWithoutScrollingSideways() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(url("/users?q=" + FieldFixture.USER));
        js("document.getElementById('cadre-link-" + FieldFixture.USER + "').click();");
        wait(d -> !d.findElements(By.id("cadre-link-form")).isEmpty());
        assertThat(browser.findElement(By.id("cadre-link-current")).getText()).contains("还没有对应");
        fits();
        new Select(browser.findElement(By.id("cadreId"))).selectByVisibleText("田野（北极乡扶贫工作站 · 站长）");
        js("document.getElementById('cadre-link-save').click();");
        wait(d -> !d.findElements(By.id("cadre-link-saved")).isEmpty());
        assertThat(browser.findElement(By.id("cadre-link-current")).getText()).contains("田野（北极乡扶贫工作站）");
        fits();
        assertThat(accounts.cadreOf(FieldFixture.USER)).contains(fixture.cadreId());
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
