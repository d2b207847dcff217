package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Role;

/** Issue #13: the reviewer's weak choices are refused when a user changes their password. */
class PasswordChangeRulesTest extends ServiceTest {

    private static final String PASSWORD = "kumiai-password-1";

    @Autowired
    UserService users;

    @Test
    void weak_and_unchanged_passwords_are_refused_with_a_reason() {
        signIn("admin");
        String username = unique("nist");
        users.create(username, PASSWORD, new UserForm("パスワード 確認", "", Set.of(Role.SECRETARIAT), Set.of(), true));
        signIn(username);
        refused("1234567890", "password.too-short");
        refused("          ", "password.too-short");
        refused("password12", "password.too-short");
        refused("123456789012", "password.too-common");
        refused(username + "-2026-xyz", "password.same-as-username");
        refused(PASSWORD, "password.same-as-current");
        users.changeOwnPassword(PASSWORD, "a sentence nobody guesses");
    }

    private void refused(String password, String reason) {
        assertThatThrownBy(() -> users.changeOwnPassword(PASSWORD, password))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(UserService.FIELD_PASSWORD);
                    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(reason);
                });
    }
}
