package jp.kumiaidesk.journeys;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's headless Chromium ({@code /usr/bin/chromium}) driven by Playwright, which never downloads a browser. */
final class HeadlessChromium {

    private static final String CHROMIUM = System.getProperty("kd.chromium", "/usr/bin/chromium");

    private HeadlessChromium() {
    }

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Signs in on the login page at {@code loginUrl} and waits for the signed-in layout. */
    static void signIn(Page page, String loginUrl, String username, String password) {
        page.navigate(loginUrl);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#user-menu").waitFor();
    }

    /** Waits until Flow has no request in flight: the page shows what the server sent (instead of a fixed wait). */
    static void waitForServer(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }
}
