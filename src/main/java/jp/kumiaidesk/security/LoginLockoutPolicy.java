package jp.kumiaidesk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW} an account is locked for a while; each further
 * lock-out doubles the wait (15 min, 30 min, 1 h … at most a day), which makes guessing a password hopeless without
 * locking out a colleague who mistyped for good. A successful sign-in forgets the history.
 */
public final class LoginLockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    public static final Duration LONGEST_LOCK = Duration.ofHours(24);

    private LoginLockoutPolicy() {
    }

    /** Where an account stands: failures in the current window, when that window began, and past lock-outs. */
    public record State(int failedAttempts, Instant firstFailureAt, Instant lockedUntil, int lockouts) {

        public static final State CLEAN = new State(0, null, null, 0);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    public static State afterFailure(State state, Instant now) {
        if (state.lockedAt(now)) {
            return state;
        }
        boolean windowOpen = state.firstFailureAt() != null && now.isBefore(state.firstFailureAt().plus(WINDOW));
        int failures = windowOpen ? state.failedAttempts() + 1 : 1;
        Instant windowStart = windowOpen ? state.firstFailureAt() : now;
        if (failures >= MAX_FAILURES) {
            int lockouts = state.lockouts() + 1;
            return new State(0, null, now.plus(lockDuration(lockouts)), lockouts);
        }
        return new State(failures, windowStart, state.lockedUntil(), state.lockouts());
    }

    public static State afterSuccess() {
        return State.CLEAN;
    }

    static Duration lockDuration(int lockouts) {
        Duration duration = FIRST_LOCK.multipliedBy(1L << Math.min(lockouts - 1, 16));
        return duration.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : duration;
    }
}
