package jp.kumiaidesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.LanguageSwitch;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_page_is_in_japanese_and_shows_the_demo_accounts() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form)).contains("\"title\":\"ログイン\"", "\"username\":\"ユーザー名\"");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kd-login-demo")).getText())
                .contains("iinchou", "test-demo-pass");
        assertThat(_get(LanguageSwitch.class).getText()).isEqualTo("English");
    }

    @Test
    void a_throttled_or_disabled_sign_in_gets_the_same_message_as_a_wrong_password() {
        VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_LAST_EXCEPTION",
                new org.springframework.security.authentication.DisabledException("disabled"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        String shown = i18n(_get(LoginForm.class));
        assertThat(shown).contains("ユーザー名またはパスワードが正しくありません。").doesNotContain("ロック", "無効");
    }

    @Test
    void a_wrong_password_gets_the_generic_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("ユーザー名またはパスワードが正しくありません。");
    }

    @Test
    void someone_signed_in_who_opens_the_login_page_lands_on_their_home_page() {
        openAs("seinenbu", "login");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
        _assertNone(LoginForm.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).endsWith("さん、おつかれさまです");
    }

    /** The texts the login form sends to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
