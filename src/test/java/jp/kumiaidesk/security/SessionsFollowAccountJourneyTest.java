package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.journeys.BrowserTest;

/**
 * Issue #13: a password change ends the user's other sessions but not the one that made it; disabling the account
 * ends the rest at once — the page goes to the login view without the user doing anything.
 */
class SessionsFollowAccountJourneyTest extends BrowserTest {

    @Autowired
    UserService users;

    @Autowired
    AccountSessions sessions;

    @Test
    void password_change_keeps_only_its_own_session_and_disabling_ends_the_last() {
        signIn("admin");
        String name = unique("sess");
        long id = users.create(name, PASSWORD, new UserForm("セッション 確認", "", Set.of(Role.SECRETARIAT), Set.of(),
                true));
        signOut();

        login(name);
        try (BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page second = other.newPage();
            second.setDefaultTimeout(20_000);
            second.navigate(url("login"));
            second.locator("input[name=username]").fill(name);
            second.locator("input[name=password]").fill(PASSWORD);
            second.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            second.locator("#user-menu").waitFor();

            page.navigate(url("account/password"));
            page.locator("#password-current input").fill(PASSWORD);
            page.locator("#password-new input").fill("long enough passphrase for sessions");
            page.locator("#password-repeat input").fill("long enough passphrase for sessions");
            page.locator("#password-save").click();
            page.getByText("パスワードを変更しました").first().waitFor();

            // the other browser is sent to the login view by push, without a click
            second.waitForURL(u -> u.contains("/login"));
        }
        page.navigate(url(""));
        page.locator("#user-menu").waitFor();
        assertThat(sessions.hasOpenSession(name)).isTrue();

        signIn("admin");
        UserSummary user = users.get(id);
        users.update(id, user.version(), new UserForm(user.displayName(), "", user.roles(), Set.of(), false), null);
        // closed in the administrator's own request, before it returns
        assertThat(sessions.hasOpenSession(name)).isFalse();
        page.waitForURL(u -> u.contains("/login"));
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
