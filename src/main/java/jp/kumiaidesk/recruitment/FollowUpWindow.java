package jp.kumiaidesk.recruitment;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A cohort's recruitment window: the days its new hires are followed up (daily reminder, the recruiters' home
 * list). By default the hire month and the two months after it — April to June for April hires.
 */
public record FollowUpWindow(LocalDate from, LocalDate to) {

    public static FollowUpWindow defaultFor(YearMonth hireMonth) {
        return new FollowUpWindow(hireMonth.atDay(1), hireMonth.plusMonths(2).atEndOfMonth());
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
