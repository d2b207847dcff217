package jp.kumiaidesk.journeys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import jp.kumiaidesk.ServiceTest;

/**
 * Real-browser journeys: the app on a random port, driven by Playwright in Debian's headless Chromium
 * ({@code /usr/bin/chromium}; Playwright never downloads a browser here). Screenshots of each test's last page go
 * to {@code target/screenshots}.
 */
public abstract class BrowserTest extends ServiceTest {

    public static final String PASSWORD = "test-demo-pass";

    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        newSession();
    }

    /** A fresh browser profile: no cookies, no session. */
    protected void newSession() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("ja-JP"));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.onConsoleMessage(message -> {
            // failed resources are reported with their URL below
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
                consoleErrors.add(response.status() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closePage(TestInfo info) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots", getClass().getSimpleName() + "-"
                        + info.getTestMethod().map(m -> m.getName()).orElse("test") + ".png")));
        context.close();
        context = null;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until Flow has no request in flight: the page shows what the server sent (instead of a fixed wait). */
    protected void waitForServer() {
        HeadlessChromium.waitForServer(page);
    }

    protected void login(String username) {
        HeadlessChromium.signIn(page, url("login"), username, PASSWORD);
    }

    protected void logout() {
        page.locator("#user-menu").click();
        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
    }
}
