package org.fupin.web;

import java.io.IOException;
import org.openqa.selenium.WebDriver;

/** Opens the package-private {@link Chromium} helper to browser tests of other packages. */
public final class ChromiumAccess {

    private ChromiumAccess() {}

    public static WebDriver start(int width, int height) throws IOException {
        return Chromium.start(width, height);
    }
}
