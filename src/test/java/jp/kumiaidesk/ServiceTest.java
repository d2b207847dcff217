package jp.kumiaidesk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.internal.CurrentInstance;

import jp.kumiaidesk.security.TestSignIn;

/**
 * Services against the real MariaDB (the embedded one, or {@code DB_URL}'s), signed in as the demo users. Tests
 * create their own records with unique names, so they do not depend on each other's order.
 * <p>
 * Every Spring test (services, views, browser journeys) runs in this one context with a real server on a random
 * port: Spring Security's static context-holder strategy is replaced by each new context, and method security in
 * an older context would no longer see a test's sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    protected JdbcTemplate jdbc;

    protected void signIn(String username) {
        TestSignIn.signIn(ctx, username);
    }

    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /**
     * A cohort month that no cohort has yet, in this run or an earlier one on the same database (years 1100–1599,
     * which neither the demo data nor the other tests use): the hires a test adds to it are the only ones there. Two
     * tests that each picked an April between 1700 and 1889 at random met in one cohort, and one read the other's
     * hire (seed 261129170238).
     */
    protected java.time.YearMonth unusedCohortMonth() {
        return java.time.YearMonth.of(yearWithoutCohorts(), 1 + java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(12));
    }

    /** A year such that neither it nor the next has any cohort yet (a fiscal year's figures are only the test's). */
    protected int yearWithoutCohorts() {
        return yearWithoutCohorts(1100, 500);
    }

    /** The same, between {@code from} and {@code from + span - 1} (for a form that offers only some years). */
    protected int yearWithoutCohorts(int from, int span) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (;;) {
            int year = from + random.nextInt(span);
            if (jdbc.queryForObject("select count(*) from cohort where hire_month between ? and ?", Integer.class,
                    java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 1, 12, 31)) == 0) {
                return year;
            }
        }
    }

    /**
     * Vaadin's security-context strategy prefers the current Vaadin session's context; a session left current by a
     * view test on this thread would hide the test's own sign-in.
     */
    @BeforeEach
    void forgetVaadinSession() {
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
