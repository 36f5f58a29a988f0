package org.fupin.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the browser tests, in Chinese, with a fresh profile, at a given window size. */
final class Chromium {

    private Chromium() {}

    static WebDriver start(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }
}
