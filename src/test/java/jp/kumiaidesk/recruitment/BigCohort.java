package jp.kumiaidesk.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.kumiaidesk.workplace.WorkplaceNode;

/**
 * A cohort the size of the largest union's (about 600 hires a year), spread over every workplace, written in one
 * batch (the tracker's own rules are tested elsewhere; these tests are about size).
 */
public final class BigCohort {

    private static final AtomicInteger YEARS = new AtomicInteger();

    private BigCohort() {
    }

    /** A fresh cohort (a month no other test uses) with {@code size} hires round-robin over {@code places}. */
    public static CohortView create(RecruitmentService recruitment, JdbcTemplate jdbc, List<WorkplaceNode> places,
            int size) {
        CohortView cohort = recruitment.cohortOf(YearMonth.of(2400, 4).plusYears(YEARS.getAndIncrement()));
        while (jdbc.queryForObject("select count(*) from new_hire where cohort_id = ?", Integer.class, cohort.id()) > 0) {
            // a database kept from an earlier run (DB_URL): its hires would meet the key on cohort, name and date
            cohort = recruitment.cohortOf(YearMonth.of(2400, 4).plusYears(YEARS.getAndIncrement()));
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {cohort.id(), places.get(i % places.size()).id(), "採用 " + i,
                    String.format("サイヨウ %04d", i), Date.valueOf(cohort.month().atDay(1)),
                    Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("insert into new_hire (cohort_id, workplace_id, name, kana, employment_type, hire_date, "
                + "route, status, stage, updated_at) values (?, ?, ?, ?, 'REGULAR', ?, 'NEW_GRADUATE', "
                + "'NOT_CONTACTED', 'RECRUITER', ?)", rows);
        return cohort;
    }
}
