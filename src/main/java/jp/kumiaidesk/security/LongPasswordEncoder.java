package jp.kumiaidesk.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * BCrypt for passwords of up to 72 bytes (BCrypt's limit, and most passwords), PBKDF2 with Spring Security's
 * current defaults for longer ones — 64 Japanese characters are 192 bytes. Stored hashes carry their algorithm's
 * id ({@code {bcrypt}}, {@code {pbkdf2@SpringSecurity_v5_8}}), so both verify side by side.
 */
final class LongPasswordEncoder implements PasswordEncoder {

    private static final int BCRYPT_MAX_BYTES = 72;
    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    private final Map<String, PasswordEncoder> encoders = Map.of("bcrypt", new BCryptPasswordEncoder(),
            PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    private final DelegatingPasswordEncoder bcrypt = new DelegatingPasswordEncoder("bcrypt", encoders);
    private final DelegatingPasswordEncoder pbkdf2 = new DelegatingPasswordEncoder(PBKDF2, encoders);

    @Override
    public String encode(CharSequence raw) {
        return raw.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES ? pbkdf2.encode(raw)
                : bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (encoded == null || raw == null) {
            return false;
        }
        if (encoded.startsWith("{bcrypt}") && raw.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            return false;
        }
        return bcrypt.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return false;
    }
}
