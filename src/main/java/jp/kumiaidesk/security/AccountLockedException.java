package jp.kumiaidesk.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failed attempts; the login page tells the user until when. */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    AccountLockedException(Instant lockedUntil) {
        super("Account locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
