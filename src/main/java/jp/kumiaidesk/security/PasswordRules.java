package jp.kumiaidesk.security;

import java.nio.charset.StandardCharsets;

import jp.kumiaidesk.base.TextRules;

/** What a password must be: long enough to resist guessing, short enough for BCrypt's 72 bytes. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** The translation key of what is wrong, or {@code null} when the password is acceptable. */
    public static String problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.too-short";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "password.too-long";
        }
        if (TextRules.hasControlCharacters(password)) {
            return "validation.control-characters";
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return "password.same-as-username";
        }
        return null;
    }
}
