package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.field.FieldFixture;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
 * Issue #20 in headless Chromium at 390×844: a village cadre logs in, lands on their work, records a visit for a
 * paired household and a clue, never scrolling sideways; then, with the network switched off by the test, records
 * two visits and a clue (and a visit for a household that is moved out of the village meanwhile), sees them queued,
 * and when the network returns each is sent once, a forced resend writes nothing, the moved household's entry is
 * refused with its reason; after logging out the browser holds none of the village's data.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CadrePhoneInChromiumTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 390;

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
    void aCadreWithAPhone() throws Exception {
        Samples.importCounty(imports);
        fixture = FieldFixture.create(organisations, pairings, users, registry, jdbc, 5);
        browser = Chromium.start(WIDTH, 844);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    @Order(1)
    void theCadreRecordsAVisitAndAClueOnlineWithoutScrollingSideways() throws Exception {
        browser.get(url("/"));
        type("username", FieldFixture.USER);
        type("password", FieldFixture.PASSWORD);
        clickThrough(browser.findElement(By.id("login")));
        wait(d -> !d.findElements(By.id("field-title")).isEmpty());
        assertThat(browser.findElement(By.id("field-title")).getText()).contains("我的工作");
        fits("01-home");
        // the menu is folded behind its button on a phone, and opens
        assertThat(browser.findElement(By.id("logout")).isDisplayed()).isFalse();
        browser.findElement(By.id("nav-toggle")).click();
        wait(d -> d.findElement(By.id("logout")).isDisplayed());
        fits("02-menu-open");
        browser.findElement(By.id("nav-toggle")).click();
        wait(d -> !d.findElement(By.id("logout")).isDisplayed()
                && !d.findElement(By.id("nav-menu")).getAttribute("class").contains("collapsing"));

        HouseholdRow paired = fixture.households().get(0);
        WebElement toVisit = browser.findElement(By.id("visit-" + paired.id()));
        clickThrough(toVisit.findElement(By.linkText("记走访")));
        assertThat(new Select(browser.findElement(By.id("visit-cadre"))).getFirstSelectedOption().getText())
                .isEqualTo("田野（北极乡扶贫工作站）");
        fits("03-visit-form");
        type("visit-content", "了解春耕准备，核实饮水安全");
        // a photo straight from the camera, compressed on the phone, and where the visit was made
        Path photo = cameraPhoto();
        browser.findElement(By.id("visit-photo-file")).sendKeys(photo.toAbsolutePath().toString());
        wait(d -> d.findElement(By.id("visit-photo")).getAttribute("value").startsWith("data:image/jpeg;base64,"));
        int compressed = browser.findElement(By.id("visit-photo")).getAttribute("value").length();
        assertThat(compressed).isLessThan(400_000).isLessThan((int) Files.size(photo));
        org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) browser;
        chromium.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""), "permissions", List.of("geolocation")));
        chromium.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 38.836, "longitude", 99.614, "accuracy", 10));
        tap(browser.findElement(By.id("visit-locate")));
        wait(d -> "true".equals(d.findElement(By.id("visit-place-note")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("visit-place-note")).getText()).contains("38.836000", "99.614000");
        clickThrough(browser.findElement(By.id("visit-save")));
        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("visits")).getText()).contains("了解春耕准备，核实饮水安全", "田野", "38.836000, 99.614000");
        assertThat(browser.findElements(By.cssSelector("#visits img.visit-photo"))).hasSize(1);
        assertThat(jdbc.sql("select length(photo) from visit").query(Integer.class).single()).isEqualTo(compressed);
        fits("04-assistance-saved");

        browser.get(url("/field"));
        HouseholdRow clued = fixture.households().get(1);
        clickThrough(browser.findElement(By.id("visit-" + clued.id())).findElement(By.linkText("报线索")));
        assertThat(browser.findElement(By.id("householdNumber")).getAttribute("value")).isEqualTo(clued.householdNumber());
        new Select(browser.findElement(By.id("riskType"))).selectByValue("ILLNESS");
        type("detail", "户主住院，自付费用高");
        fits("05-clue-form");
        clickThrough(browser.findElement(By.cssSelector("#clue-form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("/monitoring/episodes/");
        fits("06-episode");
        clickThrough(browser.findElement(By.id("household-link")));
        fits("07-household");
        clickThrough(browser.findElement(By.id("monitoring-link")));
        assertThat(browser.getCurrentUrl()).contains("/monitoring/episodes/");
        clickThrough(browser.findElement(By.id("assistance-link")));
        assertThat(browser.getCurrentUrl()).endsWith("/assistance/households/" + clued.id());
        fits("08-assistance");
        assertThat(count("visit")).isEqualTo(1);
        assertThat(count("monitoring_clue")).isEqualTo(1);

        // the narrowest phones the conventions name: 360 px, every page the cadre reached or may reach from the home
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            for (String path : List.of("/field", "/field/app", "/field/households/" + paired.id() + "/visit",
                    "/field/households/" + paired.id() + "/measure", "/assistance/households/" + clued.id(),
                    "/households/" + clued.id(), "/households/" + clued.id() + "/people/1",
                    "/monitoring/households/" + clued.id(), "/monitoring/clues/new?village=" + FieldFixture.VILLAGE,
                    "/regions/" + FieldFixture.VILLAGE, "/account")) {
                browser.get(url(path));
                fits("360" + path.replaceAll("[^a-z0-9]+", "-"));
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, 844));
        }
    }

    @Test
    @Order(2)
    void offlineEntriesAreQueuedThenSentOnceAndAMovedHouseholdsEntryIsRefused() throws Exception {
        browser.get(url("/field"));
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("device-copy")).getText()).contains("本机已保存本村资料");
        async("navigator.serviceWorker.ready.then(function () { done(true); });");
        clickThrough(browser.findElement(By.id("open-offline")));
        wait(d -> "true".equals(d.findElement(By.id("field-app")).getAttribute("data-ready")));
        long visits = count("visit");
        long clues = count("monitoring_clue");

        offline(true);
        wait(d -> Boolean.FALSE.equals(js("return navigator.onLine;")));
        List<HouseholdRow> h = fixture.households();
        HouseholdRow moved = h.get(4);
        // the first offline visit carries a photo, compressed on the phone and kept in the queue
        new Select(browser.findElement(By.id("app-household"))).selectByValue(String.valueOf(h.get(2).id()));
        browser.findElement(By.id("app-photo-file")).sendKeys(cameraPhoto().toAbsolutePath().toString());
        wait(d -> d.findElement(By.id("app-photo")).getAttribute("value").startsWith("data:image/jpeg;base64,"));
        queue(h.get(2), "VISIT", "离线走访：查看牛羊过冬草料");
        queue(h.get(3), "VISIT", "离线走访：落实危房改造");
        queue(h.get(2), "CLUE", "离线线索：收入骤减");
        queue(moved, "VISIT", "离线走访：这户已迁出");
        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry[data-state=WAITING]")).size() == 4);
        assertThat(browser.findElement(By.id("queue")).getText()).contains("等待发送", "离线走访", "监测线索");
        assertThat(browser.findElement(By.id("connection")).getText()).contains("当前没有网络");
        fits("09-offline-queue");
        // nothing reached the server while the network was off
        assertThat(count("visit")).isEqualTo(visits);
        assertThat(count("monitoring_clue")).isEqualTo(clues);

        FieldFixture.moveOut(jdbc, moved);
        offline(false);
        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry[data-state=WAITING]")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#queue .queue-entry[data-state=SAVED]"))).hasSize(3);
        WebElement refused = browser.findElement(By.cssSelector("#queue .queue-entry[data-state=REFUSED]"));
        assertThat(refused.getText()).contains("被退回", "这户已不在你的管辖范围内", "放弃");
        fits("10-sent-and-refused");
        assertThat(count("visit")).isEqualTo(visits + 2);
        assertThat(count("monitoring_clue")).isEqualTo(clues + 1);
        assertThat(count("field_entry")).isEqualTo(4);

        // a forced resend of every entry (as after a lost answer) writes nothing new
        async("var open = indexedDB.open('fupin-field'); open.onsuccess = function () {"
                + " var tx = open.result.transaction('queue', 'readwrite'); var store = tx.objectStore('queue');"
                + " store.getAll().onsuccess = function (e) { e.target.result.forEach(function (x) { x.state = 'WAITING'; store.put(x); }); };"
                + " tx.oncomplete = function () { open.result.close(); done(true); }; };");
        String sends = browser.findElement(By.id("field-app")).getAttribute("data-sends");
        tap(browser.findElement(By.id("send-now")));
        wait(d -> !sends.equals(d.findElement(By.id("field-app")).getAttribute("data-sends")));
        assertThat(browser.findElements(By.cssSelector("#queue .queue-entry[data-state=SAVED]"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#queue .queue-entry[data-state=REFUSED]"))).hasSize(1);
        assertThat(count("visit")).isEqualTo(visits + 2);
        assertThat(count("monitoring_clue")).isEqualTo(clues + 1);
        assertThat(count("field_entry")).isEqualTo(4);

        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry")).size() == 4);
        tap(browser.findElement(By.cssSelector("#queue [data-discard]")));
        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry[data-state=REFUSED]")).isEmpty());

        browser.get(url("/assistance/households/" + h.get(2).id()));
        assertThat(browser.findElement(By.id("visits")).getText()).contains("离线走访：查看牛羊过冬草料");
        assertThat(browser.findElements(By.cssSelector("#visits img.visit-photo"))).hasSize(1);
        browser.get(url("/assistance/households/" + h.get(3).id()));
        assertThat(browser.findElement(By.id("visits")).getText()).contains("离线走访：落实危房改造");
        browser.get(url("/monitoring/households/" + h.get(2).id()));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("离线线索：收入骤减");
        fits("11-clue-on-the-household");
    }

    @Test
    @Order(3)
    void aDeviceCopyOlderThanTheConfiguredDaysIsDeletedUnread() throws Exception {
        offline(false);
        browser.get(url("/field"));
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        async("var open = indexedDB.open('fupin-field'); open.onsuccess = function () {"
                + " var tx = open.result.transaction('copy', 'readwrite'); var s = tx.objectStore('copy');"
                + " s.get('village').onsuccess = function (e) { var c = e.target.result; c.savedAt = Date.now() - 8 * 86400000; s.put(c); };"
                + " tx.oncomplete = function () { open.result.close(); done(true); }; };");
        browser.get(url("/field/app"));
        wait(d -> d.findElement(By.id("no-copy")).isDisplayed());
        assertThat(browser.findElement(By.id("no-copy")).getText()).contains("超过 7 天");
        assertThat(browser.findElement(By.id("entry-form")).isDisplayed()).isFalse();
        Object left = async("var open = indexedDB.open('fupin-field'); open.onsuccess = function () {"
                + " open.result.transaction('copy').objectStore('copy').count().onsuccess = function (e) {"
                + " open.result.close(); done(e.target.result); }; };");
        assertThat(left).isEqualTo(0L);
    }

    @Test
    @Order(4)
    void afterLogoutTheBrowserHoldsNoneOfTheVillagesData() throws Exception {
        offline(false);
        browser.get(url("/field"));
        wait(d -> "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
        assertThat(storage()).containsEntry("databases", List.of("fupin-field"));
        browser.findElement(By.id("nav-toggle")).click();
        wait(d -> d.findElement(By.id("logout")).isDisplayed());
        clickThrough(browser.findElement(By.id("logout")));
        wait(d -> !d.findElements(By.id("username")).isEmpty());
        Map<String, Object> left = storage();
        assertThat(left.get("databases")).as("IndexedDB databases").isEqualTo(List.of());
        assertThat(left.get("caches")).as("cache storage").isEqualTo(List.of());
        assertThat(left.get("workers")).as("service workers").isEqualTo(0L);
    }

    /** Fills the offline form for one household and saves it (an entry in the queue). */
    private void queue(HouseholdRow household, String kind, String text) {
        new Select(browser.findElement(By.id("app-household"))).selectByValue(String.valueOf(household.id()));
        new Select(browser.findElement(By.id("app-kind"))).selectByValue(kind);
        if (kind.equals("VISIT")) {
            assertThat(new Select(browser.findElement(By.id("app-cadre"))).getFirstSelectedOption().getText())
                    .isEqualTo("田野（北极乡扶贫工作站）");
            type("app-content", text);
        } else {
            new Select(browser.findElement(By.id("app-risk"))).selectByValue("ILLNESS");
            type("app-detail", text);
        }
        int before = browser.findElements(By.cssSelector("#queue .queue-entry")).size();
        tap(browser.findElement(By.id("app-save")));
        wait(d -> d.findElements(By.cssSelector("#queue .queue-entry")).size() == before + 1);
    }

    /** A 3000×2250 PNG with some noise, as a phone camera would give (several MB). */
    private static Path cameraPhoto() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(3000, 2250, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(20);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int noise = random.nextInt(24);
                image.setRGB(x, y, ((x / 12 + noise) % 256) << 16 | ((y / 9 + noise) % 256) << 8 | (120 + noise));
            }
        }
        Path file = SCREENSHOTS.resolve("camera-photo.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> storage() {
        return (Map<String, Object>) async("Promise.all([indexedDB.databases(), caches.keys(),"
                + " navigator.serviceWorker.getRegistrations()]).then(function (r) {"
                + " done({databases: r[0].map(function (d) { return d.name; }), caches: r[1], workers: r[2].length}); });");
    }

    private void offline(boolean off) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(off);
        ((HasNetworkConditions) browser).setNetworkConditions(conditions);
    }

    private long count(String table) {
        return switch (table) {
            case "visit" -> jdbc.sql("select count(*) from visit").query(Long.class).single();
            case "monitoring_clue" -> jdbc.sql("select count(*) from monitoring_clue").query(Long.class).single();
            case "field_entry" -> jdbc.sql("select count(*) from field_entry").query(Long.class).single();
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The page must not scroll sideways at 390 px; a screenshot goes to target/screenshots. */
    private void fits(String name) throws Exception {
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("cadre-phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
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

    /** Scrolls the element to the middle of the screen first, as a person would before tapping it. */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void clickThrough(WebElement element) {
        WebElement page = page();
        tap(element);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's root has left: stale, or a node Chromium says "does not belong to the document" (the
     * new document's answer for a node of the old one, which {@code stalenessOf} does not catch).
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }

    /**
     * The page's root element. Chromium sometimes answers that a node just found "does not belong to the document"
     * (seen on unchanged code too, see BrowserJourneyTest); it is looked up again, at most three times.
     */
    private WebElement page() {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement html = browser.findElement(By.tagName("html"));
                html.isEnabled();
                return html;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) throw e;
            }
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
