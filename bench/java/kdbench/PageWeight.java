package kdbench;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;

/**
 * JS and CSS bytes on the wire (compressed as served; body + headers from Chromium's own accounting) for a first view
 * in a fresh profile, and its Largest Contentful Paint. Debian's /usr/bin/chromium, launched as BrowserTest does.
 */
final class PageWeight {

    record Figures(String what, long js, long css, long all, int requests, double lcpMs, String encoding) {
    }

    static Figures measure(String base, String user, String password, String route) {
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")))) {
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            if (user != null) {
                page.navigate(base + "/login");
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.locator("input[name=username]").fill(user);
                page.locator("input[name=password]").fill(password);
                page.keyboard().press("Enter");
                page.waitForURL(url -> !url.contains("/login"));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                // the first view after login is measured in a new tab of the same (logged-in) context, so the login
                // page's downloads are not counted twice; the HTTP cache is cleared through CDP
                page.close();
                page = context.newPage();
                context.newCDPSession(page).send("Network.clearBrowserCache");
            }
            long[] js = {0}, css = {0}, all = {0};
            int[] n = {0};
            TreeSet<String> encodings = new TreeSet<>();
            List<Request> finished = new ArrayList<>();
            page.onRequestFinished(finished::add);
            page.navigate(base + "/" + route);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(500);
            Object lcp = page.evaluate("() => new Promise(resolve => { new PerformanceObserver(list => { const e = "
                    + "list.getEntries(); resolve(e[e.length - 1].startTime); }).observe({type: "
                    + "'largest-contentful-paint', buffered: true}); setTimeout(() => resolve(-1), 2000); })");
            for (Request r : finished) {
                var sizes = r.sizes();
                long bytes = sizes.responseBodySize + sizes.responseHeadersSize;
                String type = r.resourceType();
                var response = r.response();
                String ctype = response == null ? "" : String.valueOf(response.headers().get("content-type"));
                if (response != null && response.headers().get("content-encoding") != null) {
                    encodings.add(response.headers().get("content-encoding"));
                }
                if (type.equals("script") || ctype.contains("javascript")) {
                    js[0] += bytes;
                } else if (type.equals("stylesheet") || ctype.contains("text/css")) {
                    css[0] += bytes;
                }
                all[0] += bytes;
                n[0]++;
            }
            return new Figures(route + (user == null ? "" : " as " + user), js[0], css[0], all[0], n[0],
                    ((Number) lcp).doubleValue(), "content-encoding seen: " + (encodings.isEmpty() ? "none"
                            : String.join(", ", encodings)));
        }
    }
}
