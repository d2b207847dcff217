package jp.kumiaidesk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.notification.NotificationService;

/**
 * Password sign-in, throttled per account and per source address by {@link LoginLockoutPolicy}. Whatever went wrong —
 * unknown user, wrong password, disabled account, an attempt that came too soon — the caller gets the same
 * {@link BadCredentialsException} after the same work (one password hash check), so the answer tells nothing about
 * which user names exist. The owner of an account whose free attempts ran out is notified (and mailed); every attempt
 * lands in the audit trail.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LockoutAuthenticationProvider.class);

    static final String REFUSED = "Bad credentials";

    private final UserAccountRepository users;
    private final Clock clock;
    private final TransactionRetry transactions;
    private final ApplicationEventPublisher events;
    private final DaoAuthenticationProvider passwordCheck;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final NotificationService notifications;
    private final MfaPolicy mfa;
    /**
     * A hash no password matches: checked when refusing early, so refusals take as long as real checks. Made on a
     * virtual thread: one BCrypt in the constructor sat on the start's critical path (issue #16).
     */
    private final CompletableFuture<String> dummyHash;

    LockoutAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
            TransactionRetry transactions, ApplicationEventPublisher events, LoginThrottle throttle,
            NotificationService notifications, MfaPolicy mfa) {
        this.users = users;
        this.mfa = mfa;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.notifications = notifications;
        this.dummyHash = CompletableFuture.supplyAsync(
                () -> passwordEncoder.encode("kd-no-password-matches-this-" + System.nanoTime()),
                task -> Thread.ofVirtual().name("dummy-password-hash").start(task));
        UserDetailsService lookup = username -> users.findByUsername(username).map(this::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        this.passwordCheck = new DaoAuthenticationProvider(lookup);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        Instant now = clock.instant();
        Optional<UserAccount> account = users.findByUsername(username);
        boolean accountWaits = account.map(a -> a.loginState().lockedAt(now))
                .orElseGet(() -> throttle.unknownNameWaits(username, now));
        if (accountWaits || throttle.addressWaits(address, now)) {
            passwordEncoder.matches(String.valueOf(authentication.getCredentials()), dummyHash.join());
            inTransaction(() -> audit(username, "login.throttled", account.map(UserAccount::getId).orElse(null),
                    address));
            throw new BadCredentialsException(REFUSED);
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (AccountStatusException e) {
            // disabled: checked before the password, so spend the same time on a hash before answering alike
            passwordEncoder.matches(String.valueOf(authentication.getCredentials()), dummyHash.join());
            inTransaction(() -> audit(username, "login.refused-disabled", account.map(UserAccount::getId)
                    .orElse(null), address));
            throw new BadCredentialsException(REFUSED);
        } catch (BadCredentialsException e) {
            throttle.addressFailed(address, now);
            // its own transaction: the failed sign-in must not roll back the count that slows the next guess
            try {
                transactions.inTransaction("failed sign-in of " + username, () -> recordFailure(username, address,
                        now));
            } catch (RuntimeException lost) {
                // not run again when the connection broke (a count may be added twice); the refusal stands
                if (!TransactionRetry.connectionLost(lost)) {
                    throw lost;
                }
                log.warn("A failed sign-in of {} may not be counted: the database connection was lost", username,
                        lost);
            }
            throw new BadCredentialsException(REFUSED);
        }
        inTransaction(() -> users.findForUpdateByUsername(username).ifPresent(a -> {
            saveLoginState(a, LoginLockoutPolicy.afterSuccess());
            audit(username, "login.succeeded", a.getId(), address);
        }));
        if (result.getPrincipal() instanceof SignedInUser user && mfa.requires(user.roles())) {
            // the password alone opens nothing for these roles: a pending sign-in until the second factor
            inTransaction(() -> audit(username, "mfa.required", user.id(), address));
            return SecondFactor.pending(result);
        }
        return result;
    }

    private void recordFailure(String username, String address, Instant now) {
        Optional<UserAccount> locked = users.findForUpdateByUsername(username);
        if (locked.isEmpty()) {
            throttle.unknownNameFailed(username, now);
            audit(username, "login.failed", null, address);
            return;
        }
        UserAccount account = locked.get();
        LoginLockoutPolicy.State before = account.loginState();
        LoginLockoutPolicy.State after = LoginLockoutPolicy.afterFailure(before, now);
        saveLoginState(account, after);
        audit(username, "login.failed", account.getId(), address);
        if (after.lockouts() > before.lockouts()) {
            audit(username, "login.locked", account.getId(), address);
            SystemAuthentication.run(() -> notifications.notify(
                    new NotificationService.Recipient(account.getUsername(), account.getEmail()),
                    "notification.login-throttled", address == null ? "" : address, "account/password"));
        }
    }

    /** Without touching the version: signing in must not turn an administrator's open edit into a conflict. */
    private void saveLoginState(UserAccount account, LoginLockoutPolicy.State state) {
        users.updateLoginState(account.getId(), state.failedAttempts(), state.firstFailureAt(), state.lockedUntil(),
                state.lockouts());
    }

    /**
     * The sign-in's bookkeeping sets the login state and writes the audit entry; run again when the database connection
     * broke, even at the COMMIT (a database node cut off from the cluster): a member signing in then gets in, where
     * an error page would have been shown. At worst the audit trail holds the entry twice.
     */
    private void inTransaction(Runnable work) {
        transactions.idempotent("sign-in bookkeeping", work);
    }

    private void audit(String username, String action, Long userId, String address) {
        events.publishEvent(new AuditEntry(username.isEmpty() ? "anonymous" : truncate(username), action, "user",
                userId == null ? null : String.valueOf(userId), address == null ? null : "from " + address));
    }

    private static String truncate(String username) {
        return username.length() > 50 ? username.substring(0, 50) : username;
    }

    private SignedInUser toPrincipal(UserAccount account) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().sorted().toList(), account.getWorkplaceIds(), account.isEnabled(),
                account.getPasswordHash());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
