package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import jp.kumiaidesk.media.TestImages;

/**
 * An author writes a Japanese draft with a URL and a photo (the draft saves itself), sends it for review, two
 * executive approves it (one approval since issue #11), and the author marks it posted.
 */
class SnsJourneyTest extends BrowserTest {

    private static final String BODY = "保育所の人員を確保してください。署名にご協力を https://example.jp/shomei";

    @Test
    void an_author_writes_an_executive_approves_and_the_author_marks_it_posted() throws Exception {
        login("shokikyoku");
        page.navigate(url("sns/new"));
        Locator body = page.locator("#sns-body textarea");
        body.waitFor();
        body.pressSequentially(BODY, new Locator.PressSequentiallyOptions().setDelay(5));
        // 31 CJK characters and punctuation weigh 2 each, the space 1, the URL 23
        page.locator("#sns-count-x").filter(new Locator.FilterOptions().setHasText("/ 280")).waitFor();
        assertThat(page.locator("#sns-count-x").innerText()).matches("\\d+ / 280");
        // typing stopped: the draft saved itself and has its own address
        page.waitForURL(u -> u.matches(".*/sns/drafts/\\d+$"));
        String draftUrl = page.url();
        // the menu lights the section the draft belongs to
        page.locator("[data-testid=nav-sns][current]").waitFor();
        // the networks' boxes are made in the browser (one element on the server): the saved draft's X is ticked,
        // and ticking Bluesky reaches the server, which adds its preview and counter
        Locator bluesky = page.locator("#sns-networks vaadin-checkbox[value=BLUESKY]");
        assertThat(page.locator("#sns-networks vaadin-checkbox[value=X] input").isChecked()).isTrue();
        assertThat(bluesky.innerText()).contains("Bluesky");
        bluesky.locator("input").check();
        page.locator("#sns-count-bluesky").waitFor();
        page.locator("#sns-open-image-upload").click();
        page.locator("#sns-images input[type=file]").setInputFiles(new FilePayload("rally.jpg", "image/jpeg",
                TestImages.phonePhoto(64, 48)));
        page.locator(".kd-image-card").waitFor();
        // on the box itself, as a person ticks it (the card is wider than the short label: its middle is empty space)
        page.locator(".kd-image-card vaadin-checkbox input").check();
        page.locator(".kd-image-card vaadin-text-field input").fill("写っている2名に口頭で確認");
        page.locator(".kd-image-card vaadin-button").first().click();
        page.locator(".kd-image-card .kd-ok").waitFor();
        page.locator("#sns-save").click();
        page.locator("#sns-save-status").filter(new Locator.FilterOptions().setHasText("保存しました")).waitFor();
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/sns-composer.png")));
        page.locator("#sns-submit").click();
        page.locator("#sns-state").filter(new Locator.FilterOptions().setHasText("承認待ち")).waitFor();

        for (String executive : new String[] { "iinchou" }) {
            newSession();
            login(executive);
            page.navigate(draftUrl);
            page.locator("#sns-checklist").waitFor();
            assertThat(page.locator("#sns-approve").isDisabled()).isTrue();
            Locator items = page.locator("#sns-checklist vaadin-checkbox");
            assertThat(items.count()).isEqualTo(7);
            for (int i = 0; i < items.count(); i++) {
                items.nth(i).locator("input").check();
            }
            page.locator("#sns-approve:not([disabled])").waitFor();
            if ("iinchou".equals(executive)) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target/screenshots/sns-review.png")));
            }
            page.locator("#sns-approve").click();
            // "承認 0 / 1" is there before the click: wait for this approval to be counted, or the next
            // newSession() may close the page before the click reached the server
            page.locator("#sns-approval-status").filter(new Locator.FilterOptions().setHasText("承認 1 / 1"))
                    .waitFor();
        }
        page.locator("#sns-state").filter(new Locator.FilterOptions().setHasText("承認済み")).waitFor();

        newSession();
        login("shokikyoku");
        page.navigate(draftUrl);
        page.locator("#sns-post-url input").fill("https://x.com/shishokuro/status/1");
        page.locator("#sns-mark-posted").click();
        page.locator("#sns-state").filter(new Locator.FilterOptions().setHasText("投稿済み")).waitFor();
        page.setViewportSize(390, 844);
        page.reload();
        page.locator("#sns-state").waitFor();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/sns-posted-phone.png")));
        assertThat(consoleErrors).isEmpty();
    }
}
