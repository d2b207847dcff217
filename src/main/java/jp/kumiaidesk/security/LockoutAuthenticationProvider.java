package jp.kumiaidesk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.audit.AuditEntry;

/**
 * Password sign-in with the lock-out of {@link LoginLockoutPolicy}: a locked account is refused before its password
 * is even checked, and the failure that crosses the limit already tells the user the account is now locked.
 * Every attempt lands in the audit trail.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DaoAuthenticationProvider passwordCheck;

    LockoutAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.users = users;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
        UserDetailsService lookup = username -> users.findByUsername(username).map(this::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        this.passwordCheck = new DaoAuthenticationProvider(lookup);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        Instant now = clock.instant();
        Optional<UserAccount> account = users.findByUsername(username);
        if (account.isPresent() && account.get().loginState().lockedAt(now)) {
            inTransaction(() -> audit(username, "login.refused-locked", account.get().getId()));
            throw new AccountLockedException(account.get().loginState().lockedUntil());
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (DisabledException e) {
            inTransaction(() -> audit(username, "login.refused-disabled", account.map(UserAccount::getId).orElse(null)));
            throw e;
        } catch (BadCredentialsException e) {
            // Each step commits on its own: the failed sign-in must not roll back the count that locks the account.
            LoginLockoutPolicy.State after = transactions.execute(tx -> recordFailure(username, now));
            if (after != null && after.lockedAt(now)) {
                throw new AccountLockedException(after.lockedUntil());
            }
            throw e;
        }
        inTransaction(() -> users.findForUpdateByUsername(username).ifPresent(a -> {
            saveLoginState(a, LoginLockoutPolicy.afterSuccess());
            audit(username, "login.succeeded", a.getId());
        }));
        return result;
    }

    private LoginLockoutPolicy.State recordFailure(String username, Instant now) {
        Optional<UserAccount> locked = users.findForUpdateByUsername(username);
        if (locked.isEmpty()) {
            audit(username, "login.failed", null);
            return null;
        }
        UserAccount account = locked.get();
        LoginLockoutPolicy.State after = LoginLockoutPolicy.afterFailure(account.loginState(), now);
        saveLoginState(account, after);
        audit(username, "login.failed", account.getId());
        if (after.lockedAt(now)) {
            audit(username, "login.locked", account.getId());
        }
        return after;
    }

    /** Without touching the version: signing in must not turn an administrator's open edit into a conflict. */
    private void saveLoginState(UserAccount account, LoginLockoutPolicy.State state) {
        users.updateLoginState(account.getId(), state.failedAttempts(), state.firstFailureAt(), state.lockedUntil(),
                state.lockouts());
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(tx -> work.run());
    }

    private void audit(String username, String action, Long userId) {
        events.publishEvent(new AuditEntry(username.isEmpty() ? "anonymous" : truncate(username), action, "user",
                userId == null ? null : String.valueOf(userId), null));
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
