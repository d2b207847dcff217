package jp.kumiaidesk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Slowing down password guessing without a lock anyone can trigger: the first {@value #FREE_ATTEMPTS} failures
 * within {@link #WINDOW} cost nothing; each failure after that makes the next attempt wait a little longer (1 s, 2 s,
 * 4 s … at most {@code cap}). Attempts made while waiting are refused without counting, so the wait cannot be
 * pushed past its cap by hammering. Used per account (short cap: a colleague's typo, or an attacker, can delay the
 * owner by a minute at most) and per source address (long cap: one address guessing many accounts). A successful
 * sign-in forgets an account's history.
 */
public final class LoginLockoutPolicy {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration ACCOUNT_CAP = Duration.ofMinutes(1);
    public static final Duration ADDRESS_CAP = Duration.ofMinutes(15);
    /** An address shared by an office gets more free failures than one person's account. */
    public static final int ADDRESS_FREE_ATTEMPTS = 20;

    private LoginLockoutPolicy() {
    }

    /**
     * Where an account or address stands: failures in the current window, when it began, until when the next
     * attempt must wait, and how many times the free attempts ran out (each time the owner is told).
     */
    public record State(int failedAttempts, Instant firstFailureAt, Instant lockedUntil, int lockouts) {

        public static final State CLEAN = new State(0, null, null, 0);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    public static State afterFailure(State state, Instant now) {
        return afterFailure(state, now, FREE_ATTEMPTS, ACCOUNT_CAP);
    }

    public static State afterFailure(State state, Instant now, int freeAttempts, Duration cap) {
        if (state.lockedAt(now)) {
            return state;
        }
        boolean windowOpen = state.firstFailureAt() != null && now.isBefore(state.firstFailureAt().plus(WINDOW));
        int failures = windowOpen ? state.failedAttempts() + 1 : 1;
        Instant windowStart = windowOpen ? state.firstFailureAt() : now;
        if (failures < freeAttempts) {
            return new State(failures, windowStart, null, state.lockouts());
        }
        int lockouts = state.lockouts() + (failures == freeAttempts ? 1 : 0);
        return new State(failures, windowStart, now.plus(delay(failures - freeAttempts + 1, cap)), lockouts);
    }

    public static State afterSuccess() {
        return State.CLEAN;
    }

    /** The wait after the {@code n}th failure past the free ones: 1 s, 2 s, 4 s … at most {@code cap}. */
    static Duration delay(int n, Duration cap) {
        Duration duration = Duration.ofSeconds(1L << Math.min(Math.max(n - 1, 0), 20));
        return duration.compareTo(cap) > 0 ? cap : duration;
    }
}
