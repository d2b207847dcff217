package jp.kumiaidesk.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OrganizationRateTest {

    @Test
    void rate_is_members_over_all_staff_in_percent() {
        assertThat(new OrganizationRate(15, 22).percent().getAsDouble()).isCloseTo(68.18, within(0.01));
        assertThat(new OrganizationRate(15, 22).formatted()).isEqualTo("68.2%");
    }

    @Test
    void a_workplace_without_staff_has_no_rate_rather_than_zero_or_infinity() {
        assertThat(new OrganizationRate(0, 0).percent()).isEmpty();
        assertThat(new OrganizationRate(0, 0).formatted()).isEqualTo("—");
    }

    @Test
    void rates_roll_up_by_adding_counts_not_by_averaging_percentages() {
        OrganizationRate big = new OrganizationRate(90, 100);
        OrganizationRate small = new OrganizationRate(0, 10);
        assertThat(big.plus(small).percent().getAsDouble()).isCloseTo(81.82, within(0.01));
    }

    @Test
    void negative_counts_are_impossible() {
        assertThatThrownBy(() -> new OrganizationRate(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
