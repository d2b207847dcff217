package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.notification.NotificationService.Recipient;

/** The frame around every page: session handling, the live bell, and a layout that fits a phone. */
class LayoutJourneyTest extends BrowserTest {

    @Autowired
    NotificationService notifications;

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse("");
    }

    @Test
    void the_session_id_changes_at_login_and_the_session_ends_at_logout() {
        page.navigate(url("login"));
        page.locator("input[name=username]").waitFor();
        String before = sessionId();
        login("shokikyoku");
        String after = sessionId();
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        logout();
        page.navigate(url(""));
        page.waitForURL(u -> u.contains("/login"));
        assertThat(sessionId()).isNotEqualTo(after);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void the_bell_counts_a_new_notification_without_reloading() {
        // own data: shokichou, an executive, collects a reminder for every overdue draft the other tests leave (on
        // the Galera pass over a hundred, which the bell shows as "99+"); read first, the count is one the bell
        // shows in full
        signIn("shokichou");
        notifications.markAllRead();
        login("shokichou");
        page.locator("#user-menu").waitFor();
        signIn("admin");
        notifications.notify(new Recipient("shokichou", null), "notification.welcome", "ライブ", "");
        signIn("shokichou");
        // the bell shows, without a reload, everything unread now: ours, and any reminder the scheduler added meanwhile
        page.waitForCondition(() -> {
            long unread = notifications.unreadCount();
            var badge = page.locator("[data-testid=unread-count]");
            return unread >= 1 && badge.isVisible()
                    && badge.innerText().equals(unread > 99 ? "99+" : String.valueOf(unread));
        }, new Page.WaitForConditionOptions().setTimeout(10_000));
    }

    @Test
    void a_recruiter_uses_it_on_a_360_pixel_phone_without_sideways_scrolling() {
        page.setViewportSize(360, 740);
        login("seinenbu");
        page.waitForLoadState();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-home.png")));
        page.locator("vaadin-drawer-toggle").click();
        page.locator("[data-testid=nav-recruitment]").waitFor();
        // the drawer slides in: the picture once it has arrived
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-menu.png")));
        // the menu (written as HTML, no server-side item) navigates inside the page, as Vaadin's router link does:
        // a mark left on the window survives, the current item is highlighted
        page.evaluate("() => window.kdSamePage = true");
        page.locator("[data-testid=nav-recruitment]").click();
        page.waitForURL(u -> u.endsWith("/recruitment"));
        // (the phone's drawer closes after the navigation: the item is there, not visible)
        page.locator("[data-testid=nav-recruitment][current]").waitFor(new com.microsoft.playwright.Locator
                .WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(page.evaluate("() => window.kdSamePage === true")).isEqualTo(true);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void an_administrators_pages_render_without_errors() {
        login("admin");
        for (String route : new String[] {"", "workplaces", "admin/users", "admin/audit", "notifications",
                "account/password", "recruitment", "recruitment/hires", "recruitment/import", "recruitment/survey",
                "admin/approval"}) {
            page.navigate(url(route));
            page.locator("#user-menu").waitFor();
            waitForServer();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/admin-" + (route.isEmpty() ? "home" : route.replace('/', '-'))
                            + ".png")));
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void an_executives_sns_pages_render_without_errors_also_on_a_phone() {
        login("iinchou");
        for (String route : new String[] {"sns", "sns/calendar", "sns/review"}) {
            for (int width : new int[] {1280, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 900);
                page.navigate(url(route));
                page.locator("#user-menu").waitFor();
                waitForServer();
                // a chart is drawn once ECharts has loaded: the screenshot shows it, as the user sees it a moment later
                for (int c = 0; c < page.locator(".kd-chart").count(); c++) {
                    page.locator(".kd-chart").nth(c).locator("canvas").first().waitFor();
                }
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target/screenshots/executive-" + route.replace('/', '-') + "-" + width
                                + ".png")));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as(route + " at " + width).isLessThanOrEqualTo(0);
            }
        }
        assertThat(consoleErrors).isEmpty();
    }
}
