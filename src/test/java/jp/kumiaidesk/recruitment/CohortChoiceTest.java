package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which cohort the dashboard, the tracker and the follow-ups open on when the URL names none. */
class CohortChoiceTest {

    private static CohortView cohort(int id, int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new CohortView(id, CohortView.code(m), m, false);
    }

    private static final List<CohortView> NEWEST_FIRST = List.of(cohort(4, 2400, 4), cohort(3, 2027, 4),
            cohort(2, 2026, 4), cohort(1, 2025, 4));

    @Test
    void in_november_the_april_that_started_not_one_entered_years_ahead() {
        assertThat(CohortView.choose(NEWEST_FIRST, null, YearMonth.of(2026, 11))).get()
                .extracting(CohortView::code).isEqualTo("2026-04");
    }

    @Test
    void from_january_the_coming_april_whose_list_is_being_imported() {
        assertThat(CohortView.choose(NEWEST_FIRST, null, YearMonth.of(2027, 1))).get()
                .extracting(CohortView::code).isEqualTo("2027-04");
        assertThat(CohortView.choose(NEWEST_FIRST, null, YearMonth.of(2026, 12))).get()
                .extracting(CohortView::code).isEqualTo("2026-04");
    }

    @Test
    void only_future_cohorts_open_on_the_earliest_and_a_named_one_wins() {
        List<CohortView> future = List.of(cohort(4, 2400, 4), cohort(3, 2027, 4));
        assertThat(CohortView.choose(future, null, YearMonth.of(2026, 5))).get()
                .extracting(CohortView::code).isEqualTo("2027-04");
        assertThat(CohortView.choose(NEWEST_FIRST, "2400-04", YearMonth.of(2026, 11))).get()
                .extracting(CohortView::code).isEqualTo("2400-04");
        assertThat(CohortView.choose(NEWEST_FIRST, "1999-04", YearMonth.of(2026, 11))).isEmpty();
        assertThat(CohortView.choose(List.of(), null, YearMonth.of(2026, 11))).isEmpty();
    }
}
