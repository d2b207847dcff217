package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.gson.JsonObject;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.CDPSession;

import jakarta.mail.internet.MimeMessage;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.journeys.BrowserTest;
import jp.kumiaidesk.notification.Mailer;
import jp.kumiaidesk.notification.TestSmtp;

/**
 * Issue #13 item 5 in Chromium, with a virtual authenticator (CDP {@code WebAuthn}): an executive whose role needs
 * the second factor enrols a passkey right after the password, signs out, and signs in again with password and
 * passkey; without the passkey at hand, a code from the e-mail does it. The password alone opens no page.
 */
class PasskeyJourneyTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern CODE = Pattern.compile("\\n\\n([0-9a-f-]{36})\\n\\n");

    @Autowired
    UserService users;

    @Autowired
    MfaPolicy policy;

    @Autowired
    Mailer mailer;

    private Set<Role> before;

    @BeforeEach
    void requireSecondFactorForExecutives() {
        before = policy.requiredRoles();
        policy.setRequiredRoles(Set.of(Role.ADMIN, Role.EXECUTIVE));
    }

    private final java.util.List<String> created = new java.util.ArrayList<>();

    @AfterEach
    void restorePolicy() {
        policy.setRequiredRoles(before);
        // an executive left enabled would be one more approver for every other test's policy
        created.forEach(name -> jdbc.update("update app_user set enabled = false where username = ?", name));
    }

    private String executive() {
        signIn("admin");
        String name = unique("mfa");
        users.create(name, PASSWORD, new UserForm("二要素 花子", name + "@example.jp", Set.of(Role.EXECUTIVE),
                Set.of(), true));
        created.add(name);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return name;
    }

    private void virtualAuthenticator() {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject params = new JsonObject();
        params.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", params);
    }

    private void password(String name) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(name);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("/login/mfa"));
    }

    private int audited(String name, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Integer.class,
                name, action);
    }

    @Test
    void an_executive_enrols_a_passkey_after_the_password_and_then_signs_in_with_both() {
        String name = executive();
        virtualAuthenticator();

        password(name);
        page.locator("#mfa-enrol").waitFor();
        // the password alone opens nothing: every page of the app is the second factor's
        for (String route : jp.kumiaidesk.RouteTable.routes().keySet()) {
            if (route.startsWith("login") || route.contains(":")) {
                continue;
            }
            page.navigate(url(route.equals("/") ? "" : route));
            page.waitForURL(u -> u.contains("/login/mfa"));
            page.locator("#mfa-enrol").waitFor();
            assertThat(page.locator("#user-menu").count()).as(route).isZero();
        }
        page.navigate(url("recruitment"));
        page.waitForURL(u -> u.contains("/login/mfa"));
        page.locator("#mfa-enrol").waitFor();

        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/PasskeyJourneyTest-enrolment.png")));
        page.locator("#mfa-label input").fill("テスト用の鍵");
        page.locator("#mfa-enrol").click();
        page.locator("#user-menu").waitFor();
        assertThat(page.url()).contains("/recruitment");
        assertThat(TestPasskeys.count(jdbc, name)).isEqualTo(1);
        assertThat(audited(name, "passkey.registered")).isEqualTo(1);

        logout();
        password(name);
        page.locator("#mfa-passkey").click();
        page.locator("#user-menu").waitFor();
        assertThat(page.url()).doesNotContain("/login");
        assertThat(audited(name, "mfa.passkey-succeeded")).isEqualTo(1);
        assertThat(audited(name, "mfa.completed")).isEqualTo(2);

        // the account page lists it
        page.navigate(url("account/passkeys"));
        page.getByText("テスト用の鍵").first().waitFor();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void without_the_passkey_a_code_from_the_mail_signs_the_user_in() throws Exception {
        String name = executive();
        TestPasskeys.seed(jdbc, name, "家に置いてきた鍵");
        try (TestSmtp delivery = TestSmtp.deliverTo(mailer, smtp)) {
            password(name);
            page.locator("#mfa-passkey").waitFor();
            page.locator("#mfa-send-code").click();
            page.locator("#mfa-code").waitFor();

            page.locator("#mfa-code input").fill("00000000-0000-0000-0000-000000000000");
            page.locator("#mfa-code-submit").click();
            page.getByText("確認コードが正しくないか").first().waitFor();
            assertThat(audited(name, "mfa.code-failed")).isEqualTo(1);

            MimeMessage mail = TestSmtp.awaitMailTo(smtp, name + "@example.jp", "ログイン確認コード",
                    java.time.Duration.ofSeconds(30));
            Matcher code = CODE.matcher(String.valueOf(mail.getContent()).replace("\r\n", "\n"));
            assertThat(code.find()).as(String.valueOf(mail.getContent())).isTrue();

            page.locator("#mfa-code input").fill(code.group(1));
            page.locator("#mfa-code-submit").click();
            page.locator("#user-menu").waitFor();
            assertThat(audited(name, "mfa.code-succeeded")).isEqualTo(1);
            assertThat(audited(name, "mfa.completed")).isEqualTo(1);
        }
    }
}
