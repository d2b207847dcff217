package jp.kumiaidesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InMemoryOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.SystemAuthentication;

/**
 * A forgotten password, without phoning the administrator: the user asks by user name and gets an e-mailed link with
 * a one-time token (Spring Security's {@link OneTimeTokenService}, valid {@value #VALID_MINUTES} minutes, used once);
 * the link's page sets a new password, which ends every session of the account. The answer to a request is the same
 * whether or not the user exists or has an address; requests are limited per user name and per source address;
 * every request and reset is audited. Anonymous by nature, so not {@code @PreAuthorize}d: the token is the proof.
 */
@Service
public class PasswordResets {

    static final int VALID_MINUTES = 30;
    static final int PER_NAME_PER_HOUR = 3;
    static final int PER_ADDRESS_PER_HOUR = 10;

    private final OneTimeTokenService tokens = new InMemoryOneTimeTokenService();
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SecurityMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final Map<String, Window> requests = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    PasswordResets(UserAccountRepository users, PasswordEncoder passwordEncoder, SecurityMails mails,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            @Value("${kd.base-url}") String baseUrl) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.mails = mails;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Mails a reset link if {@code username} is an enabled account with an address; says nothing either way. */
    public void request(String requested, String address) {
        String username = requested == null ? "" : requested.strip();
        if (username.isEmpty() || username.length() > UserForm.USERNAME_MAX_LENGTH) {
            return;
        }
        boolean allowed = allow("name:" + username, PER_NAME_PER_HOUR)
                & allow("address:" + address, PER_ADDRESS_PER_HOUR);
        transactions.executeWithoutResult(tx -> {
            Optional<UserAccount> account = users.findByUsername(username).filter(UserAccount::isEnabled);
            Long id = account.map(UserAccount::getId).orElse(null);
            if (!allowed) {
                audit(username, "password.reset-throttled", id, address);
                return;
            }
            audit(username, "password.reset-requested", id, address);
            if (account.isEmpty() || account.get().getEmail() == null) {
                return;
            }
            OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(username,
                    Duration.ofMinutes(VALID_MINUTES)));
            String link = baseUrl + "/login/reset?token=" + token.getTokenValue();
            SystemAuthentication.run(() -> mails.passwordReset(account.get().getEmail(), link, VALID_MINUTES));
        });
    }

    /**
     * Sets a new password with the token from the mail. The token is used up; when the password is refused, the
     * returned token (a fresh one, same user) lets the page try again.
     */
    public String reset(String token, String newPassword) {
        OneTimeToken used = token == null || token.isBlank() ? null
                : tokens.consume(new OneTimeTokenAuthenticationToken(token));
        if (used == null) {
            throw new FieldRejectedException(UserService.FIELD_PASSWORD, "password.reset-link-invalid");
        }
        String username = used.getUsername();
        try {
            transactions.executeWithoutResult(tx -> {
                UserAccount account = users.findForUpdateByUsername(username).filter(UserAccount::isEnabled)
                        .orElseThrow(() -> new FieldRejectedException(UserService.FIELD_PASSWORD,
                                "password.reset-link-invalid"));
                String problem = PasswordRules.problem(newPassword, username);
                if (problem == null && passwordEncoder.matches(newPassword, account.getPasswordHash())) {
                    problem = "password.same-as-current";
                }
                if (problem != null) {
                    throw new FieldRejectedException(UserService.FIELD_PASSWORD, problem);
                }
                account.setPasswordHash(passwordEncoder.encode(newPassword));
                account.setLoginState(LoginLockoutPolicy.afterSuccess());
                audit(username, "password.reset-by-link", account.getId(), null);
                events.publishEvent(new AccountSessions.Changed(username, null));
            });
        } catch (FieldRejectedException refused) {
            if ("password.reset-link-invalid".equals(refused.messageKey())) {
                throw refused;
            }
            String again = tokens.generate(new GenerateOneTimeTokenRequest(username,
                    Duration.between(clock.instant(), used.getExpiresAt()).isNegative() ? Duration.ofMinutes(1)
                            : Duration.between(clock.instant(), used.getExpiresAt()))).getTokenValue();
            throw new RefusedWithNewToken(refused, again);
        }
        return null;
    }

    /** The new password was refused; {@link #token()} replaces the used-up one. */
    public static final class RefusedWithNewToken extends FieldRejectedException {

        private final String token;

        RefusedWithNewToken(FieldRejectedException cause, String token) {
            super(cause.field(), cause.messageKey());
            this.token = token;
        }

        public String token() {
            return token;
        }
    }

    private boolean allow(String key, int perHour) {
        Instant now = clock.instant();
        Window after = requests.compute(key, (k, w) -> w == null || now.isAfter(w.start().plus(Duration.ofHours(1)))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (requests.size() > 50_000) {
            requests.entrySet().removeIf(e -> now.isAfter(e.getValue().start().plus(Duration.ofHours(1))));
        }
        return after.count() <= perHour;
    }

    private void audit(String username, String action, Long userId, String address) {
        events.publishEvent(new AuditEntry(username.length() > 50 ? username.substring(0, 50) : username, action,
                "user", userId == null ? null : String.valueOf(userId), address == null ? null : "from " + address));
    }
}
