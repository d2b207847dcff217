package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.security.UserService;

class FollowUpReminderTest extends ServiceTest {

    @Autowired
    FollowUpReminder reminder;

    @Autowired
    Clock clock;

    @Autowired
    RecruitmentService recruitment;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserService users;

    @Autowired
    TransactionRetry retry;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_demo_recruiter_is_reminded_once_a_day() {
        // whether the scheduled run already reminded today or not: after two more runs there is exactly one
        // reminder of today (the demo recruiter has overdue follow-ups in the demo data)
        SystemAuthentication.run(() -> reminder.remind());
        SystemAuthentication.run(() -> reminder.remind());
        // (the overlap test below writes reminders today too, keyed by a day long ago: not today's reminders)
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'seinenbu' "
                + "and message_key = 'notification.follow-ups' and created_at >= ? and (once_key is null or "
                + "once_key = ?)", Integer.class,
                Timestamp.valueOf(java.time.LocalDateTime.ofInstant(java.time.LocalDate.now(clock)
                        .atStartOfDay(clock.getZone()).toInstant(), java.time.ZoneOffset.UTC)),
                FollowUpReminder.onceKey(java.time.LocalDate.now(clock)))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'seinenbu' and "
                + "message_key = ? and once_key = ?", Integer.class, FollowUpReminder.MESSAGE_KEY,
                FollowUpReminder.onceKey(java.time.LocalDate.now(clock)))).isEqualTo(1);
    }

    /**
     * Two runs that overlap (two nodes, or a run and its retry): the second cannot see the first one's uncommitted
     * reminders, and the unique key still lets each recruiter have one reminder of the day.
     */
    @Test
    void two_overlapping_runs_remind_each_recruiter_once_that_day() throws Exception {
        // a day no other run has reminded on (long ago: the recruiters' bells list these last)
        Clock day = Clock.fixed(clock.instant().minus(Duration.ofDays(4000 + ThreadLocalRandom.current()
                .nextInt(40_000))), clock.getZone());
        FollowUpReminder later = new FollowUpReminder(recruitment, notifications, users, retry, day);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch firstNotified = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> SystemAuthentication.call(
                () -> new TransactionTemplate(transactions).execute(status -> {
                    int notified = later.remind();
                    firstNotified.countDown();
                    pause(1500);
                    return notified;
                })), two);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            try {
                assertThat(firstNotified.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SystemAuthentication.call(later::remind);
        }, two);
        assertThat(first.get(90, TimeUnit.SECONDS)).isPositive();
        assertThat(second.get(90, TimeUnit.SECONDS)).isZero();
        two.shutdown();
        // whatever the code keys them by: the reminders these two runs wrote, per recruiter
        List<Integer> perRecruiter = jdbc.queryForList("select count(*) from notification where id > ? and "
                + "message_key = ? group by recipient", Integer.class, before, FollowUpReminder.MESSAGE_KEY);
        assertThat(perRecruiter).isNotEmpty().containsOnly(1);
        jdbc.update("update notification set read_at = created_at where id > ? and message_key = ?", before,
                FollowUpReminder.MESSAGE_KEY);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
