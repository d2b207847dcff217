package jp.kumiaidesk.newsletter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 号数: the next issue number of a year from a row-locked counter (one row per year). The year's row stays locked until the publishing
 * transaction ends, so two publishes can never get the same number, and a number is never given again — even when
 * the issue that took it is later revoked (a rolled-back publish gives its number back, which is fine: it was never
 * printed).
 */
@Component
class IssueNumbers {

    private final JdbcTemplate jdbc;

    IssueNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(int year) {
        // one statement that creates or increments the year's row and keeps it locked (exclusively) until commit
        jdbc.update("insert into newsletter_counter (issue_year, last_number) values (?, 1)"
                + " on duplicate key update last_number = last_number + 1", year);
        int next = jdbc.queryForObject("select last_number from newsletter_counter where issue_year = ?",
                Integer.class, year);
        return next;
    }

    /** What the next number will probably be (for the editor's preview; not reserved). */
    int peek(int year) {
        return jdbc.queryForList("select last_number from newsletter_counter where issue_year = ?", Integer.class,
                year).stream().findFirst().orElse(0) + 1;
    }
}
