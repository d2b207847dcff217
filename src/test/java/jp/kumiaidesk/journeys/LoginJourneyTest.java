package jp.kumiaidesk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Response;

/** Each demo role logs in, sees exactly its menu, and logs out again; headers and language switch work. */
class LoginJourneyTest extends BrowserTest {

    private static final Map<String, List<String>> MENUS = Map.of(
            "admin", List.of("nav-home", "nav-recruitment", "nav-workplaces", "nav-notifications", "nav-admin/users",
                    "nav-admin/approval", "nav-admin/audit", "nav-admin/mailing-lists", "nav-admin/operations"),
            "iinchou", List.of("nav-home", "nav-sns", "nav-recruitment", "nav-bargaining", "nav-newsletters",
                    "nav-workplaces", "nav-notifications"),
            "shokikyoku", List.of("nav-home", "nav-sns", "nav-bargaining", "nav-newsletters", "nav-workplaces",
                    "nav-notifications"),
            "seinenbu", List.of("nav-home", "nav-sns", "nav-recruitment", "nav-notifications"),
            "kenhonbu", List.of("nav-home", "nav-recruitment/hq", "nav-notifications"));

    @Test
    void every_role_sees_its_own_menu_and_can_log_out() {
        for (var entry : MENUS.entrySet()) {
            newSession();
            login(entry.getKey());
            List<String> items = page.locator("vaadin-side-nav-item").all().stream()
                    .map(item -> item.getAttribute("data-testid")).toList();
            assertThat(items).as(entry.getKey()).containsExactlyElementsOf(entry.getValue());
            // signed in, the login page's address (a bookmark, the back button) opens the home page
            page.navigate(url("login"));
            page.waitForURL(u -> !u.contains("/login"));
            page.locator("#user-menu").waitFor();
            logout();
            page.navigate(url("workplaces"));
            page.waitForURL(u -> u.contains("/login"));
            page.locator("input[name=username]").waitFor();
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void login_page_is_japanese_sends_security_headers_and_switches_to_english() {
        Response response = page.navigate(url("login"));
        Map<String, String> headers = response.allHeaders();
        assertThat(headers.get("content-security-policy")).contains("object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isNotBlank();
        assertThat(page.locator("vaadin-login-form").textContent() + page.content()).contains("ログイン");
        page.locator("#language-switch").click();
        page.waitForLoadState();
        page.locator("text=Log in").first().waitFor();
        login("shokikyoku");
        assertThat(page.locator("vaadin-side-nav").textContent()).contains("Bargaining");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_with_a_japanese_message() {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("iinchou");
        page.locator("input[name=password]").fill("wrong-password");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("error"));
        page.getByText("ユーザー名またはパスワードが正しくありません").waitFor();
    }
}
