package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** On a phone: a recruiter logs a contact and marks a new hire as joined; the executive's dashboard counts it. */
class RecruitmentJourneyTest extends BrowserTest {

    private int joinedOnDashboard() {
        login("iinchou");
        page.navigate(url("recruitment"));
        Locator joined = page.locator("#recruitment-total-joined");
        joined.waitFor();
        page.locator("#recruitment-funnel canvas").first().waitFor();
        return Integer.parseInt(joined.innerText().strip());
    }

    @Test
    void a_recruiter_on_a_phone_logs_a_contact_and_a_join_that_the_executive_then_sees() {
        int before = joinedOnDashboard();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/recruitment-dashboard.png")));

        newSession();
        page.setViewportSize(390, 844);
        login("seinenbu");
        page.navigate(url("recruitment/hires"));
        page.locator("[data-testid=hire-card]").first().waitFor();
        Locator card = page.locator("[data-testid=hire-card]").filter(new Locator.FilterOptions()
                .setHasNot(page.locator("[data-testid=hire-status]", new Page.LocatorOptions()
                        .setHasText("加入")))).first();
        String name = card.locator(".kd-hire-name").innerText();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/recruitment-phone.png")));

        card.locator("[data-testid=hire-log-contact]").click();
        page.locator("#contact-dialog textarea").fill("昼休みに声をかけた。前向き。");
        page.locator("#contact-save").click();
        page.locator("#contact-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        Locator same = page.locator("[data-testid=hire-card]").filter(new Locator.FilterOptions().setHasText(name))
                .first();
        same.locator("[data-testid=hire-status]").click();
        page.locator("#hire-status-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("加入").setExact(true)).click();
        page.locator("[data-testid=hire-card]").filter(new Locator.FilterOptions().setHasText(name)).first()
                .locator("[data-testid=hire-status]").filter(new Locator.FilterOptions().setHasText("加入"))
                .waitFor();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

        newSession();
        assertThat(joinedOnDashboard()).isEqualTo(before + 1);
        assertThat(consoleErrors).isEmpty();
    }
}
