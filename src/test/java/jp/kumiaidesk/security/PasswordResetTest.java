package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.notification.Mailer;
import jp.kumiaidesk.notification.TestSmtp;

/** Issue #13: a forgotten password is reset by an e-mailed one-time link, limited, audited, tight-lipped. */
class PasswordResetTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/login/reset\\?token=([A-Za-z0-9-]+)");

    @Autowired
    PasswordResets resets;

    @Autowired
    UserService users;

    @Autowired
    Mailer mailer;

    @Autowired
    LockoutAuthenticationProvider provider;

    @Test
    void an_emailed_link_sets_a_new_password_once_and_unknown_names_get_the_same_silence() throws Exception {
        signIn("admin");
        String name = unique("forgot");
        users.create(name, "kumiai-password-1", new UserForm("忘れ 太郎", name + "@example.jp",
                Set.of(Role.SECRETARIAT), Set.of(), true));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try (TestSmtp delivery = TestSmtp.deliverTo(mailer, smtp)) {
            resets.request(unique("ghost"), "192.0.2.7");
            resets.request(name, "192.0.2.7");
            jakarta.mail.internet.MimeMessage mail = TestSmtp.awaitMailTo(smtp, name + "@example.jp",
                    "パスワードの再設定", java.time.Duration.ofSeconds(20));
            String body = String.valueOf(mail.getContent());
            Matcher link = LINK.matcher(body);
            assertThat(link.find()).as(body).isTrue();
            // written in Japanese, then in English (the app keeps no language per person), no translation key
            assertThat(mail.getSubject()).isEqualTo("[組合デスク] パスワードの再設定 / Password reset");
            assertThat(body).contains("30分以内に次のリンクを開いてください", "open this link within 30 minutes",
                    "このメールは無視してください", "ignore this mail").doesNotContain("security.mail");
            String token = link.group(1);

            // a weak password uses the link up but hands the page a fresh one
            String again = null;
            try {
                resets.reset(token, "1234567890");
            } catch (PasswordResets.RefusedWithNewToken refused) {
                assertThat(refused.messageKey()).isEqualTo("password.too-short");
                again = refused.token();
            }
            assertThat(again).isNotNull().isNotEqualTo(token);
            resets.reset(again, "a brand new passphrase 77");
            String used = again;
            assertThatThrownBy(() -> resets.reset(used, "another new passphrase 88"))
                    .isInstanceOfSatisfying(FieldRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("password.reset-link-invalid"));
            assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name,
                    "a brand new passphrase 77")).isAuthenticated()).isTrue();

            // three requests an hour per name; the fourth is refused silently and audited
            for (int i = 0; i < 3; i++) {
                resets.request(name, "192.0.2.8");
            }
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
                    Integer.class, name, "password.reset-throttled")).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
                    Integer.class, name, "password.reset-by-link")).isEqualTo(1);
        }
    }
}
