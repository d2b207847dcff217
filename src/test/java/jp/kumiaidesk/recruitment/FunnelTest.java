package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FunnelTest {

    private final Funnel funnel = new Funnel(Map.of(HireStatus.NOT_CONTACTED, 3, HireStatus.TALKED, 2,
            HireStatus.CONSIDERING, 1, HireStatus.JOINED, 6, HireStatus.JOINED_COMPETITOR, 2, HireStatus.DECLINED, 1));

    @Test
    void the_survey_figures_add_up() {
        assertThat(funnel.hires()).isEqualTo(15);
        assertThat(funnel.joined()).isEqualTo(6);
        assertThat(funnel.competitor()).isEqualTo(2);
        assertThat(funnel.declined()).isEqualTo(1);
        assertThat(funnel.open()).isEqualTo(6);
        assertThat(funnel.joinRate()).isEqualTo(40.0);
    }

    @Test
    void an_empty_cohort_has_no_join_rate_instead_of_dividing_by_zero() {
        assertThat(Funnel.EMPTY.hires()).isZero();
        assertThat(Funnel.EMPTY.joinRate()).isNull();
        assertThat(Funnel.format(Funnel.EMPTY.joinRate())).isEqualTo("—");
    }

    @Test
    void the_funnel_counts_everyone_who_got_past_a_step() {
        assertThat(funnel.reached(HireStatus.TALKED)).isEqualTo(12);
        assertThat(funnel.reached(HireStatus.CONSIDERING)).isEqualTo(10);
        assertThat(funnel.reached(HireStatus.JOINED)).isEqualTo(6);
    }

    @Test
    void a_recruiter_is_offered_the_later_steps_and_every_outcome() {
        assertThat(HireStatus.TALKED.next()).containsExactly(HireStatus.CONSIDERING, HireStatus.JOINED,
                HireStatus.JOINED_COMPETITOR, HireStatus.DECLINED);
        assertThat(HireStatus.DECLINED.next()).contains(HireStatus.JOINED).doesNotContain(HireStatus.DECLINED);
    }
}
