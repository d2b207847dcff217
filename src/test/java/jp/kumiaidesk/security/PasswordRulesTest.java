package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void passwords_need_ten_characters_and_fit_bcrypt() {
        assertThat(PasswordRules.problem("short", "u")).isEqualTo("password.too-short");
        assertThat(PasswordRules.problem("long-enough-1", "u")).isNull();
        assertThat(PasswordRules.problem("あ".repeat(25), "u")).isEqualTo("password.too-long");
        assertThat(PasswordRules.problem("", "u")).isEqualTo("validation.required");
    }

    @Test
    void the_user_name_is_not_a_password() {
        assertThat(PasswordRules.problem("yamada-taro", "yamada-taro")).isEqualTo("password.same-as-username");
    }
}
