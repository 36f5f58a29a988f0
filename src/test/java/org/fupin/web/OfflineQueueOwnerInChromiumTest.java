package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.field.FieldFixture;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #20: a cadre's offline queue belongs to that cadre. When their session ends without a logout (it expired
 * while the phone was off the network) and a colleague logs in on the same phone, the entries still waiting are not
 * sent under the colleague's name; they are sent when their own cadre logs in again. Nor does the next user see the
 * cadre's device copy on the offline page.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineQueueOwnerInChromiumTest {

    private static final String COLLEAGUE = "lincao";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    private WebDriver browser;
    private FieldFixture fixture;

    @BeforeAll
    void twoCadresOfOneVillageShareAPhone() throws Exception {
        Samples.importCounty(imports);
        fixture = FieldFixture.create(organisations, pairings, users, registry, jdbc, 2);
        if (!users.add(COLLEAGUE, Role.VILLAGE_CADRE, FieldFixture.VILLAGE, FieldFixture.PASSWORD).isEmpty()) {
            throw new IllegalStateException("user");
        }
        browser = Chromium.start(390, 844);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void entriesQueuedByOneCadreAreNotSentWithAnotherCadresSession() {
        browser.manage().deleteAllCookies();
        logIn(FieldFixture.USER);
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        async("navigator.serviceWorker.ready.then(function () { done(true); });");
        browser.get(url("/field/app"));
        wait(d -> "true".equals(d.findElement(By.id("field-app")).getAttribute("data-ready")));
        long visits = visits();

        offline(true);
        wait(d -> Boolean.FALSE.equals(js("return navigator.onLine;")));
        HouseholdRow household = fixture.households().get(0);
        new Select(browser.findElement(By.id("app-household"))).selectByValue(String.valueOf(household.id()));
        browser.findElement(By.id("app-content")).sendKeys("离线走访：田野记的");
        tap(browser.findElement(By.id("app-save")));
        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry[data-state=WAITING]")).size() == 1);
        // the session ends while the phone is off the network: no logout, so the queue stays on the phone
        browser.manage().deleteAllCookies();
        offline(false);

        logIn(COLLEAGUE);
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        browser.get(url("/field/app"));
        wait(d -> d.findElement(By.id("field-app")).getAttribute("data-sends") != null);
        assertThat(visits()).as("visits written with the colleague's session").isEqualTo(visits);
        assertThat(browser.findElements(By.cssSelector("#queue .queue-entry[data-state=SAVED]"))).isEmpty();

        // its own cadre logs in again: the entry is sent then, once
        browser.manage().deleteAllCookies();
        logIn(FieldFixture.USER);
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        browser.get(url("/field/app"));
        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry[data-state=SAVED]")).size() == 1);
        assertThat(visits()).isEqualTo(visits + 1);
        assertThat(jdbc.sql("select username from field_entry").query(String.class).list())
                .isEqualTo(List.of(FieldFixture.USER));
    }

    @Test
    void anotherUsersDeviceCopyIsDeletedUnreadWhenTheOfflinePageOpensOnline() {
        browser.manage().deleteAllCookies();
        logIn(FieldFixture.USER);
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        // the cadre's session ends without a logout; a county user without a village of their own logs in
        browser.manage().deleteAllCookies();
        logIn(WebSession.ADMIN, WebSession.ADMIN_PASSWORD);
        browser.get(url("/field/app"));
        wait(d -> d.findElement(By.id("no-copy")).isDisplayed()
                || "true".equals(d.findElement(By.id("field-app")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("entry-form")).isDisplayed()).as("the cadre's village shown").isFalse();
        Object left = async("var open = indexedDB.open('fupin-field'); open.onsuccess = function () {"
                + " open.result.transaction('copy').objectStore('copy').count().onsuccess = function (e) {"
                + " open.result.close(); done(e.target.result); }; };");
        assertThat(left).isEqualTo(0L);
    }

    private void logIn(String username) {
        logIn(username, FieldFixture.PASSWORD);
        wait(d -> !d.findElements(By.id("device-copy")).isEmpty());
    }

    private void logIn(String username, String password) {
        browser.get(url("/"));
        wait(d -> !d.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        wait(d -> d.findElements(By.id("username")).isEmpty());
    }

    private long visits() {
        return jdbc.sql("select count(*) from visit").query(Long.class).single();
    }

    private void offline(boolean off) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(off);
        ((HasNetworkConditions) browser).setNetworkConditions(conditions);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private Object async(String body) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];" + body);
    }

    private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
