package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #20, BENCHMARKS.md (measured, not asserted; not part of the suite: run with
 * {@code mvn -o -q test -Dtest=FieldSyncBenchmark}): a village of 300 households (the sample county's households
 * gathered into one village), all paired with the cadre. Measures the device copy (JSON bytes, IndexedDB usage in
 * Chromium) and the time Chromium takes to send 100 queued entries, then to resend them all (nothing new written).
 * Figures go to target/bench-field.txt.
 */
@FupinTest
class FieldSyncBenchmark {

    private static final int HOUSEHOLDS = 300;
    private static final int ENTRIES = 100;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    @Test
    void deviceCopyOfA300HouseholdVillageAnd100QueuedEntries() throws Exception {
        Samples.importCounty(imports);
        gatherIntoOneVillage();
        FieldFixture fixture = FieldFixture.create(organisations, pairings, users, registry, jdbc, HOUSEHOLDS);
        List<HouseholdRow> households = fixture.households();
        assertThat(households).hasSize(HOUSEHOLDS);

        WebSession cadre = new WebSession(port);
        cadre.logIn(FieldFixture.USER, FieldFixture.PASSWORD);
        byte[] json = cadre.bytes("/api/v1/field/device-copy").body();
        long[] copyMillis = new long[5];
        for (int i = 0; i < copyMillis.length; i++) {
            long start = System.nanoTime();
            cadre.bytes("/api/v1/field/device-copy");
            copyMillis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(copyMillis);

        WebDriver browser = Chromium.start(390, 844);
        try {
            browser.get("http://localhost:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys(FieldFixture.USER);
            browser.findElement(By.id("password")).sendKeys(FieldFixture.PASSWORD);
            browser.findElement(By.id("login")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("device-copy")).isEmpty()
                    && "true".equals(d.findElement(By.id("device-copy")).getAttribute("data-ready")));
            @SuppressWarnings("unchecked")
            Map<String, Object> estimate = (Map<String, Object>) async(browser,
                    "navigator.storage.estimate().then(function (e) { done({usage: e.usage,"
                            + " idb: e.usageDetails ? e.usageDetails.indexedDB : null}); });");
            StringBuilder entries = new StringBuilder("[");
            for (int i = 0; i < ENTRIES; i++) {
                HouseholdRow h = households.get(i % HOUSEHOLDS);
                entries.append(i == 0 ? "" : ",").append("{key:'bench-0000-").append(1000 + i).append("',owner:'").append(FieldFixture.USER).append("',state:'WAITING',")
                        .append("madeAt:").append(i).append(",label:'").append(h.householdNumber()).append("',body:{key:'bench-0000-")
                        .append(1000 + i).append("',kind:'VISIT',householdId:").append(h.id()).append(",date:'")
                        .append(LocalDate.now()).append("',cadreId:").append(fixture.cadreId()).append(",content:'走访 ").append(i)
                        .append("'}}");
            }
            entries.append("]");
            async(browser, "var open = indexedDB.open('fupin-field'); open.onsuccess = function () {"
                    + " var tx = open.result.transaction('queue', 'readwrite'); " + entries + ".forEach(function (e) {"
                    + " tx.objectStore('queue').put(e); }); tx.oncomplete = function () { open.result.close(); done(true); }; };");
            long visitsBefore = visits();
            long start = System.nanoTime();
            browser.get("http://localhost:" + port + "/field/app");
            waitUntilSent(browser);
            long syncMillis = (System.nanoTime() - start) / 1_000_000;
            long written = visits() - visitsBefore;

            async(browser, "var open = indexedDB.open('fupin-field'); open.onsuccess = function () {"
                    + " var tx = open.result.transaction('queue', 'readwrite'); var s = tx.objectStore('queue');"
                    + " s.getAll().onsuccess = function (e) { e.target.result.forEach(function (x) { x.state = 'WAITING'; s.put(x); }); };"
                    + " tx.oncomplete = function () { open.result.close(); done(true); }; };");
            start = System.nanoTime();
            browser.get("http://localhost:" + port + "/field/app");
            waitUntilSent(browser);
            long resendMillis = (System.nanoTime() - start) / 1_000_000;
            long writtenAgain = visits() - visitsBefore - written;

            String report = String.format(java.util.Locale.ROOT, """
                    households in the village: %d, members in the copy: %d
                    device copy JSON: %d bytes (%d bytes gzip); GET median %d ms (min %d, max %d, 5 runs)
                    Chromium storage after saving the copy: usage %s bytes, IndexedDB %s bytes
                    100 queued visits sent (page load to last answer): %d ms, visits written: %d
                    forced resend of the same 100: %d ms, visits written: %d
                    """, HOUSEHOLDS, count(new String(json, StandardCharsets.UTF_8), "\"position\":"), json.length,
                    gzip(json), copyMillis[2], copyMillis[0], copyMillis[4], estimate.get("usage"), estimate.get("idb"),
                    syncMillis, written, resendMillis, writtenAgain);
            Files.writeString(Path.of("target", "bench-field.txt"), report);
            System.out.println(report);
            assertThat(written).isEqualTo(ENTRIES);
            assertThat(writtenAgain).isZero();
        } finally {
            browser.quit();
        }
    }

    /** Moves households of other villages of the county into the fixture's village until it holds 300. */
    private void gatherIntoOneVillage() {
        int year = registry.years(RegionScope.ALL).get(0);
        int have = (int) registry.households(RegionScope.ALL, FieldFixture.VILLAGE, year, 0, 1).total();
        List<String> numbers = jdbc.sql("""
                select household_number from household where year = :year and village_code <> :village
                  and village_code like '620721%' order by household_number limit :n
                """).param("year", year).param("village", FieldFixture.VILLAGE).param("n", HOUSEHOLDS - have)
                .query(String.class).list();
        jdbc.sql("update person set village_code = :village where household_id in "
                + "(select id from household where household_number in (:numbers))")
                .param("village", FieldFixture.VILLAGE).param("numbers", numbers).update();
        jdbc.sql("update household set village_code = :village where household_number in (:numbers)")
                .param("village", FieldFixture.VILLAGE).param("numbers", numbers).update();
    }

    private void waitUntilSent(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(300), Duration.ofMillis(50)).until(d ->
                d.findElements(By.cssSelector("#queue .queue-entry")).size() == ENTRIES
                        && d.findElements(By.cssSelector("#queue .queue-entry[data-state=WAITING]")).isEmpty());
    }

    private long visits() {
        return jdbc.sql("select count(*) from visit").query(Long.class).single();
    }

    private static long count(String text, String what) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(what)).matcher(text).results().count();
    }

    private static int gzip(byte[] bytes) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }

    private static Object async(WebDriver browser, String body) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];" + body);
    }
}
