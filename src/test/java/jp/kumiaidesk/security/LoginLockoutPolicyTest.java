package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import jp.kumiaidesk.security.LoginLockoutPolicy.State;

class LoginLockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private static State fail(State state, Instant at, int times) {
        State s = state;
        for (int i = 0; i < times; i++) {
            s = LoginLockoutPolicy.afterFailure(s, at.plusSeconds(i));
        }
        return s;
    }

    @Test
    void four_failures_in_fifteen_minutes_do_not_lock() {
        State s = fail(State.CLEAN, T0, 4);
        assertThat(s.lockedAt(T0.plusSeconds(5))).isFalse();
        assertThat(s.failedAttempts()).isEqualTo(4);
    }

    @Test
    void the_fifth_failure_within_fifteen_minutes_locks_for_fifteen_minutes() {
        State s = fail(State.CLEAN, T0, 5);
        assertThat(s.lockedAt(T0.plusSeconds(10))).isTrue();
        assertThat(s.lockedUntil()).isEqualTo(T0.plusSeconds(4).plus(Duration.ofMinutes(15)));
        assertThat(s.lockedAt(s.lockedUntil())).isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        State s = State.CLEAN;
        for (int i = 0; i < 10; i++) {
            s = LoginLockoutPolicy.afterFailure(s, T0.plus(Duration.ofMinutes(4L * i)));
            if (i % 4 == 3) {
                assertThat(s.lockedAt(T0.plus(Duration.ofMinutes(4L * i)))).isFalse();
            }
        }
        assertThat(s.lockouts()).isZero();
    }

    @Test
    void each_further_lockout_doubles_the_wait_up_to_a_day() {
        assertThat(LoginLockoutPolicy.lockDuration(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginLockoutPolicy.lockDuration(2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(LoginLockoutPolicy.lockDuration(3)).isEqualTo(Duration.ofHours(1));
        assertThat(LoginLockoutPolicy.lockDuration(30)).isEqualTo(Duration.ofHours(24));

        State first = fail(State.CLEAN, T0, 5);
        Instant later = first.lockedUntil().plusSeconds(1);
        State second = fail(first, later, 5);
        assertThat(second.lockouts()).isEqualTo(2);
        assertThat(Duration.between(later.plusSeconds(4), second.lockedUntil())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        State locked = fail(State.CLEAN, T0, 5);
        assertThat(LoginLockoutPolicy.afterFailure(locked, T0.plusSeconds(60))).isEqualTo(locked);
    }

    @Test
    void a_successful_login_forgets_the_history() {
        assertThat(LoginLockoutPolicy.afterSuccess()).isEqualTo(State.CLEAN);
    }
}
