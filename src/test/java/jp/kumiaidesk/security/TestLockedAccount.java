package jp.kumiaidesk.security;

import java.time.Instant;

/** Builds the exception a locked-out sign-in leaves in the session, for view tests. */
public record TestLockedAccount(Instant until) {

    public AccountLockedException exception() {
        return new AccountLockedException(until);
    }
}
