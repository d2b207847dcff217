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
            s = LoginLockoutPolicy.afterFailure(s, at.plusSeconds(i * 120L));
        }
        return s;
    }

    @Test
    void four_failures_cost_nothing() {
        State s = fail(State.CLEAN, T0, 4);
        assertThat(s.lockedUntil()).isNull();
        assertThat(s.failedAttempts()).isEqualTo(4);
        assertThat(s.lockouts()).isZero();
    }

    @Test
    void from_the_fifth_failure_on_the_wait_grows_but_never_past_a_minute() {
        State fifth = fail(State.CLEAN, T0, 5);
        Instant at = T0.plusSeconds(4 * 120L);
        assertThat(fifth.lockedUntil()).isEqualTo(at.plusSeconds(1));
        assertThat(fifth.lockouts()).isEqualTo(1);
        State later = fail(State.CLEAN, T0, 20);
        Instant last = T0.plusSeconds(19 * 120L);
        assertThat(Duration.between(last, later.lockedUntil())).isEqualTo(LoginLockoutPolicy.ACCOUNT_CAP);
        assertThat(later.lockouts()).as("the owner is told once per episode").isEqualTo(1);
        assertThat(LoginLockoutPolicy.delay(2, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginLockoutPolicy.delay(40, LoginLockoutPolicy.ADDRESS_CAP))
                .isEqualTo(LoginLockoutPolicy.ADDRESS_CAP);
    }

    @Test
    void attempts_during_the_wait_do_not_extend_it() {
        State waiting = fail(State.CLEAN, T0, 6);
        Instant during = waiting.lockedUntil().minusMillis(1);
        assertThat(LoginLockoutPolicy.afterFailure(waiting, during)).isEqualTo(waiting);
    }

    @Test
    void failures_spread_over_more_than_the_window_start_again() {
        State s = fail(State.CLEAN, T0, 4);
        State next = LoginLockoutPolicy.afterFailure(s, T0.plus(LoginLockoutPolicy.WINDOW).plusSeconds(1));
        assertThat(next.failedAttempts()).isEqualTo(1);
        assertThat(next.lockedUntil()).isNull();
    }

    @Test
    void a_successful_login_forgets_the_history() {
        assertThat(LoginLockoutPolicy.afterSuccess()).isEqualTo(State.CLEAN);
    }
}
