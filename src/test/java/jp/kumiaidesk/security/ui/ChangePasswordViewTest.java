package jp.kumiaidesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.security.UserForm;
import jp.kumiaidesk.security.UserService;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void a_user_changes_their_password_after_proving_the_current_one() {
        login("admin");
        String username = unique("nakamura");
        users.create(username, "first-password-1", new UserForm("中村", "", Set.of(Role.SECRETARIAT), Set.of(), true));
        login(username);
        UI.getCurrent().navigate("account/password");
        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("現在のパスワード"));
        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("新しいパスワード"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("新しいパスワード（確認）"));
        Button save = _get(Button.class, spec -> spec.withId("password-save"));

        type(current, "not-the-password");
        type(next, "second-password-2");
        type(repeat, "second-password-2");
        _click(save);
        assertThat(current.getErrorMessage()).isEqualTo("現在のパスワードが正しくありません");
        assertThat(next.getValue()).isEqualTo("second-password-2");

        type(current, "first-password-1");
        _click(save);
        assertThat(current.isInvalid()).isFalse();
        assertThat(next.getValue()).isEmpty();
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                username);
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .matches("second-password-2", hash.substring("{bcrypt}".length()))).isTrue();
    }
}
