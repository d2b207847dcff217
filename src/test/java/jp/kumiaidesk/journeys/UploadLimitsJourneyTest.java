package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import jp.kumiaidesk.base.HostileFiles;

/**
 * Issue #13: hostile uploads posted straight to the upload URL, past the browser's size check, are refused by the
 * server with a message on the user's page, the heap stays below half its maximum, and another user keeps working.
 */
class UploadLimitsJourneyTest extends BrowserTest {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void a_60_mb_csv_and_an_xlsx_bomb_sent_past_the_browser_are_refused() throws Exception {
        login("seinenbu");
        page.navigate(url("recruitment/import"));
        String target = page.locator("#recruitment-import").getAttribute("target");
        String cookie = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.name + "=" + c.value).findFirst().orElseThrow();
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.onSpinWait();
            }
        });
        try {
            // sent without a length (chunked), so the server must count while it reads
            CompletableFuture<HttpResponse<String>> csv = post(target, cookie, "list.csv", "text/csv",
                    HostileFiles.csv(60), true);
            page.locator("#recruitment-import-error").getByText("CSV または .xlsx（10MBまで）を選んでください")
                    .waitFor();
            csv.handle((r, e) -> null).join();

            CompletableFuture<HttpResponse<String>> bomb = post(target, cookie, "list.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    HostileFiles.xlsxBomb(2_000_000), false);
            anotherUserKeepsWorking();
            bomb.join();
            page.locator("#recruitment-import-error").getByText("このファイルは安全に開けないため受け付けませんでした")
                    .waitFor();
        } finally {
            sampler.interrupt();
        }
        assertThat(peak.get()).isLessThan(memory.getHeapMemoryUsage().getMax() / 2);
    }

    private CompletableFuture<HttpResponse<String>> post(String target, String cookie, String name, String type,
            byte[] body, boolean chunked) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(target))).header("Cookie", cookie)
                .header("X-Filename", name).header("Content-Type", type)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private void anotherUserKeepsWorking() {
        try (BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page second = other.newPage();
            second.setDefaultTimeout(20_000);
            second.navigate(url("login"));
            second.locator("input[name=username]").fill("admin");
            second.locator("input[name=password]").fill(PASSWORD);
            second.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            second.locator("#user-menu").waitFor();
            second.navigate(url("workplaces"));
            second.locator("vaadin-side-nav").waitFor();
        }
    }
}
