package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.domain.IdNumber;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A clerk's day in real headless Chromium (Debian chromium + chromium-driver): log in, drill from the county to a
 * household, correct a member (first with a mistyped ID number), import a file with errors and download the
 * rejected rows. Screenshots of each step go to target/screenshots.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;

    private WebDriver browser;

    @BeforeAll
    void startBrowserWithTheSampleCounty() throws Exception {
        Samples.importCounty(imports);
        browser = Chromium.start(1366, 768);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void clerkFindsAHouseholdCorrectsAMemberAndFixesARejectedImport() throws Exception {
        logIn();
        assertThat(browser.findElement(By.id("region-name")).getText()).isEqualTo("肃南裕固族自治县");
        screenshot("01-county");
        click(browser.findElement(By.cssSelector("#composition summary")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("composition")).getText().contains("低于扶贫标准"));
        screenshot("01b-county-composition");

        clickFirstChildWithHouseholds();
        clickFirstChildWithHouseholds();
        screenshot("02-village");
        String villagePage = browser.getCurrentUrl();
        clickThrough(By.cssSelector("#households tbody a"));
        assertThat(browser.findElement(By.id("members")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).doesNotContainPattern("\\d{17}[\\dX]");
        screenshot("03-household");

        clickThrough(By.id("edit-member-1"));
        boolean male = new Select(browser.findElement(By.id("SEX"))).getFirstSelectedOption().getText().equals("男");
        String valid = validId(male);
        String mistyped = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        type("ID_NUMBER", mistyped);
        clickThrough(By.id("save"));
        assertThat(browser.findElement(By.id("ID_NUMBER-error")).getText()).contains("校验位");
        screenshot("04-member-error");

        type("ID_NUMBER", valid);
        clickThrough(By.id("save"));
        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains(IdNumber.masked(valid)).doesNotContain(valid);
        screenshot("05-member-saved");

        clickThrough(By.id("nav-import"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("registry");
        browser.findElement(By.id("file")).sendKeys(Samples.file("registry-bad.csv").toAbsolutePath().toString());
        clickThrough(By.id("upload"));
        assertThat(browser.findElement(By.id("rejected")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#errors tbody tr"))).hasSizeGreaterThanOrEqualTo(12);
        screenshot("06-import-rejected");

        List<Row> rows = downloadRejectedRows(browser.findElement(By.id("download-rejected")).getAttribute("href"));
        assertThat(rows.get(0).getCellText(0)).isEqualTo("原行号");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(0)).contains("13", "497", "1584");
        int errorColumn = rows.get(0).getCellCount() - 1;
        assertThat(rows.get(0).getCellText(errorColumn)).isEqualTo("错误说明");
        assertThat(rows.get(1).getCellText(errorColumn)).isNotBlank();

        browser.get(villagePage);
        clickThrough(By.cssSelector("a[href*='/print/villages/']"));
        assertThat(browser.findElements(By.cssSelector("#village-register .household-block"))).isNotEmpty();
        assertThat(browser.getPageSource()).doesNotContainPattern("\\d{17}[\\dX]");
        screenshot("07-village-register");

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(villagePage);
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        screenshot("08-village-on-a-phone");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
    }

    private void logIn() {
        browser.get("http://localhost:" + port + "/");
        type("username", "admin");
        type("password", "test-admin-password");
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("region-name")).isEmpty());
    }

    /** Clicks the first region in the children table whose household count is not zero. */
    private void clickFirstChildWithHouseholds() {
        for (WebElement row : browser.findElements(By.cssSelector("#children tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (!cells.get(1).getText().equals("0")) {
                clickThrough(cells.get(0).findElement(By.tagName("a")));
                return;
            }
        }
        throw new AssertionError("no child region with households");
    }

    /**
     * Clicks a link or a submit button and waits for the next page. On a busy machine the click can return before
     * the navigation starts, and the next look-up then runs on the old page.
     */
    private void clickThrough(By locator) {
        // Chromium sometimes answers that a node just found "does not belong to the document" (seen on unchanged code
        // too); the element is looked up again, at most three times
        for (int attempt = 1; ; attempt++) {
            try {
                clickThrough(browser.findElement(locator));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e instanceof org.openqa.selenium.TimeoutException) throw e;
            }
        }
    }

    private void clickThrough(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        click(element);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Scrolls the element to the middle of the screen first, as a person would before tapping it. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A valid ID number of the given sex that the sample county does not use. */
    private static String validId(boolean male) {
        String body = "62072119810707" + (male ? "887" : "886");
        return body + IdNumber.checkCharacter(body);
    }

    private List<Row> downloadRejectedRows(String href) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = SCREENSHOTS.resolve("06-rejected-rows.xlsx");
        Files.copy(response.body(), file, StandardCopyOption.REPLACE_EXISTING);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            return workbook.getFirstSheet().read();
        }
    }

    private void screenshot(String name) throws Exception {
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
