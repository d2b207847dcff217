package jp.kumiaidesk.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class PublishClockTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Test
    void the_clock_runs_from_the_end_of_the_session_in_japan_to_publication() {
        // 16:30 in Tokyo is 07:30 UTC; published 19:42 Tokyo
        PublishClock clock = new PublishClock(DAY, LocalTime.of(16, 30), Instant.parse("2026-11-18T10:42:00Z"));
        assertThat(clock.elapsed(Instant.EPOCH)).isEqualTo(Duration.ofMinutes(3 * 60 + 12));
        assertThat(clock.sameDay()).isTrue();
        assertThat(PublishClock.format(clock.elapsed(Instant.EPOCH), true)).isEqualTo("3時間12分");
    }

    @Test
    void published_after_midnight_in_japan_is_not_the_same_day_even_if_it_is_in_utc() {
        PublishClock clock = new PublishClock(DAY, LocalTime.of(16, 30), Instant.parse("2026-11-18T15:30:00Z"));
        assertThat(clock.sameDay()).isFalse();
    }

    @Test
    void an_unpublished_session_keeps_counting_and_a_session_without_end_time_counts_from_office_closing() {
        PublishClock clock = new PublishClock(DAY, null, null);
        assertThat(clock.elapsed(Instant.parse("2026-11-18T09:15:00Z"))).isEqualTo(Duration.ofHours(1));
        assertThat(clock.sameDay()).isFalse();
        assertThat(PublishClock.format(Duration.ofHours(50), true)).isEqualTo("2日2時間");
    }
}
