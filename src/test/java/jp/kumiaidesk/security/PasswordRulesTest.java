package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B: length, the breached/common list, guessability, the user name; no composition rules. */
class PasswordRulesTest {

    @Test
    void the_reviewers_weak_passwords_are_refused() {
        assertThat(PasswordRules.problem("1234567890", "tanaka")).isEqualTo("password.too-short");
        assertThat(PasswordRules.problem("          ", "tanaka")).isEqualTo("password.too-short");
        assertThat(PasswordRules.problem("password12", "tanaka")).isEqualTo("password.too-short");
        // long enough, but on the breached list or guessable at once
        assertThat(PasswordRules.problem("123456789012", "tanaka")).isEqualTo("password.too-common");
        assertThat(PasswordRules.problem("            ", "tanaka")).isEqualTo("password.too-common");
        assertThat(PasswordRules.problem("password1234", "tanaka")).isEqualTo("password.too-common");
        assertThat(PasswordRules.problem("passwordpassword", "tanaka")).isEqualTo("password.too-common");
        assertThat(PasswordRules.problem("qwertyuiopas", "tanaka")).isEqualTo("password.too-common");
    }

    @Test
    void long_passphrases_of_any_characters_are_accepted_up_to_64() {
        assertThat(PasswordRules.problem("horse battery staple", "tanaka")).isNull();
        assertThat(PasswordRules.problem("組合の春闘は勝つぞ二〇二六", "tanaka")).isNull();
        assertThat(PasswordRules.problem("春の団体交渉では全員の賃上げを必ず勝ち取ろう二〇二六年", "tanaka")).as("Japanese, > 72 bytes")
                .isNull();
        assertThat(PasswordRules.problem("the quick brown fox jumps over the lazy dog again and again!!", "tanaka"))
                .isNull();
        assertThat(PasswordRules.problem("x".repeat(30) + " long phrase without rules " + "y".repeat(20), "tanaka"))
                .isEqualTo("password.too-long");
        assertThat(PasswordRules.problem("", "tanaka")).isEqualTo("validation.required");
    }

    @Test
    void the_user_name_may_not_be_the_password_or_its_core() {
        assertThat(PasswordRules.problem("yamada-taro", "yamada-taro")).isEqualTo("password.too-short");
        assertThat(PasswordRules.problem("yamada-taro-2026!", "yamada-taro")).isEqualTo("password.same-as-username");
    }
}
