package jp.kumiaidesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;

import jp.kumiaidesk.base.TextRules;

/**
 * What a new password must be, after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters, up to
 * {@value #MAX_LENGTH} (any characters, Japanese and spaces included), not one of the 30,000 most common passwords
 * of breach corpora (the list shipped in zxcvbn4j), not guessable within {@value #MIN_GUESSES} tries by zxcvbn's
 * estimate (repeats, sequences, keyboard walks, dictionary words), not built on the user name. No composition
 * rules. Whether it equals the current password is checked where the hash is known ({@link UserService}).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** zxcvbn's "safely unguessable" bound (score 3): 10^8 guesses. */
    public static final double MIN_GUESSES = 1e8;

    private static final String COMMON_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final Set<String> COMMON = load();
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordRules() {
    }

    /** The translation key of what is wrong, or {@code null} when the password is acceptable. */
    public static String problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "password.too-short";
        }
        if (length > MAX_LENGTH) {
            return "password.too-long";
        }
        if (TextRules.hasControlCharacters(password)) {
            return "validation.control-characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "password.same-as-username";
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.strip())
                || ESTIMATOR.measure(password, username == null ? List.of() : List.of(username)).getGuesses()
                        < MIN_GUESSES) {
            return "password.too-common";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>(40_000);
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("common password list missing: " + COMMON_LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
