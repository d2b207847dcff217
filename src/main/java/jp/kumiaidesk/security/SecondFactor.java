package jp.kumiaidesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InMemoryOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.SystemAuthentication;

/**
 * The second step of signing in for the roles {@link MfaPolicy} names. A correct password alone gives such a user a
 * <em>pending</em> sign-in: the principal, but none of its roles — only the authority {@value #PENDING} — so every
 * {@code @RolesAllowed} view and {@code @PreAuthorize}d service refuses it as it stands, and the navigation gate
 * sends each page to the second-factor view. A passkey ({@link Passkeys}), or a one-time code mailed to the
 * account's address (Spring Security's {@link OneTimeTokenService}, {@value #CODE_MINUTES} minutes, used once — the
 * recovery when the passkey is not at hand), turns it into the full sign-in. Every step is audited.
 */
@Service
public class SecondFactor {

    /** The only authority of a sign-in that has proven the password but not yet the second factor. */
    public static final String PENDING = "KD_MFA_PENDING";
    static final int CODE_MINUTES = 10;
    static final int CODES_PER_HOUR = 5;
    static final int WRONG_CODES_PER_HOUR = 10;

    public enum Outcome {
        ACCEPTED, REFUSED, TOO_MANY
    }

    private final OneTimeTokenService codes = new InMemoryOneTimeTokenService();
    private final UserAccountRepository users;
    private final SecurityMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Window> counts = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    SecondFactor(UserAccountRepository users, SecurityMails mails, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.mails = mails;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The password-only sign-in of {@code passwordChecked}'s principal: no roles until the second factor. */
    static Authentication pending(Authentication passwordChecked) {
        UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(
                passwordChecked.getPrincipal(), null, List.of(new SimpleGrantedAuthority(PENDING)));
        pending.setDetails(passwordChecked.getDetails());
        return pending;
    }

    public static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(PENDING::equals);
    }

    /** The user of the current pending sign-in, if the current sign-in is one. */
    public static Optional<SignedInUser> pendingUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return isPending(authentication) && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** Whether the pending user still has to register their first passkey (rather than prove one). */
    public boolean needsEnrolment(Passkeys passkeys) {
        return pendingUser().isPresent() && !passkeys.hasPasskey();
    }

    /**
     * The full sign-in that replaces the pending one once {@code factor} ({@code passkey}, {@code code},
     * {@code enrolment}) is proven: the account as it is now (a disabled account gets none).
     */
    public Optional<Authentication> complete(String factor) {
        Authentication pending = SecurityContextHolder.getContext().getAuthentication();
        if (!isPending(pending)) {
            return Optional.empty();
        }
        String username = pending.getName();
        return transactions.execute(tx -> {
            Optional<UserAccount> account = users.findByUsername(username).filter(UserAccount::isEnabled);
            if (account.isEmpty()) {
                return Optional.<Authentication>empty();
            }
            UserAccount a = account.get();
            SignedInUser principal = new SignedInUser(a.getId(), a.getUsername(), a.getDisplayName(),
                    a.getRoles().stream().sorted().toList(), a.getWorkplaceIds(), a.isEnabled(), null);
            UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal,
                    null, principal.getAuthorities());
            full.setDetails(pending.getDetails());
            audit(username, "mfa.completed", String.valueOf(a.getId()), factor);
            return Optional.of(full);
        });
    }

    /** Mails a one-time code to the pending user's address; false when there is no address or too many asked. */
    public boolean sendCode() {
        Optional<SignedInUser> user = pendingUser();
        if (user.isEmpty()) {
            return false;
        }
        String username = user.get().getUsername();
        boolean allowed = allow("sent:" + username, CODES_PER_HOUR);
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            Optional<UserAccount> account = users.findByUsername(username).filter(UserAccount::isEnabled);
            String address = account.map(UserAccount::getEmail).orElse(null);
            if (!allowed || address == null) {
                audit(username, "mfa.code-refused", account.map(a -> String.valueOf(a.getId())).orElse(null),
                        allowed ? "no e-mail address" : "too many codes asked");
                return false;
            }
            OneTimeToken code = codes.generate(new GenerateOneTimeTokenRequest(username,
                    Duration.ofMinutes(CODE_MINUTES)));
            SystemAuthentication.run(() -> mails.signInCode(address, code.getTokenValue(), CODE_MINUTES));
            audit(username, "mfa.code-sent", String.valueOf(account.get().getId()), null);
            return true;
        }));
    }

    /** Checks a mailed code for the pending user; too many wrong ones in an hour refuse every further code. */
    public Outcome checkCode(String typed) {
        Optional<SignedInUser> user = pendingUser();
        if (user.isEmpty()) {
            return Outcome.REFUSED;
        }
        String username = user.get().getUsername();
        String id = String.valueOf(user.get().id());
        Window wrong = counts.get("wrong:" + username);
        if (wrong != null && !expired(wrong) && wrong.count() >= WRONG_CODES_PER_HOUR) {
            audit(username, "mfa.code-throttled", id);
            return Outcome.TOO_MANY;
        }
        String code = typed == null ? "" : typed.strip();
        OneTimeToken used = code.isEmpty() ? null : codes.consume(new OneTimeTokenAuthenticationToken(code));
        if (used == null || !used.getUsername().equals(username)) {
            allow("wrong:" + username, WRONG_CODES_PER_HOUR);
            audit(username, "mfa.code-failed", id);
            return Outcome.REFUSED;
        }
        audit(username, "mfa.code-succeeded", id);
        return Outcome.ACCEPTED;
    }

    private void audit(String username, String action, String id) {
        audit(username, action, id, null);
    }

    /** In the caller's transaction, or its own. */
    private void audit(String username, String action, String id, String details) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new AuditEntry(username, action, "user", id,
                details)));
    }

    private boolean expired(Window window) {
        return clock.instant().isAfter(window.start().plus(Duration.ofHours(1)));
    }

    private boolean allow(String key, int perHour) {
        Instant now = clock.instant();
        Window after = counts.compute(key, (k, w) -> w == null || expired(w) ? new Window(now, 1)
                : new Window(w.start(), w.count() + 1));
        if (counts.size() > 50_000) {
            counts.entrySet().removeIf(e -> expired(e.getValue()));
        }
        return after.count() <= perHour;
    }
}
