package jp.kumiaidesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;


import jp.kumiaidesk.ServiceTest;

/**
 * The outbox under a burst: a scheduled job queues more reminders than one batch while someone waits at the sign-in
 * screen for a code. The waiting person's mail goes first, one round sends the whole burst (not 50 per retry tick),
 * and no mail is sent twice although the retry tick may send beside the round.
 */
class MailOutboxTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailOutbox outbox;

    @Autowired
    Mailer mailer;

    @Test
    void a_burst_larger_than_a_batch_is_sent_in_one_round_with_the_waited_for_mail_first_and_nothing_twice() {
        String run = unique("burst");
        List<String> reminders = new ArrayList<>();
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofHours(1)));
        try (TestSmtp delivery = TestSmtp.deliverTo(mailer, smtp)) {
            // queued as a job's one transaction queues them (all due at one moment), but without its nudge: this
            // test runs the round itself
            for (int i = 0; i < 120; i++) {
                String to = run + "-" + i + "@example.jp";
                reminders.add(to);
                insert(to, "reminder " + i, MailOutbox.Priority.NORMAL, later);
            }
            String waiting = run + "-code@example.jp";
            insert(waiting, "sign-in code", MailOutbox.Priority.WAITED_FOR, later);
            makeDue(run);

            outbox.deliverDue();

            // when the round returns, none of this test's mails is due and unclaimed any more (before: 50 were sent
            // per round and the other 71 waited for the retry ticks, 30 s apart)
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and status = "
                    + "'PENDING' and next_attempt_at <= ?", Integer.class, run + "-%",
                    Timestamp.from(Instant.now()))).isZero();
            // a mail the retry tick claimed beside the round may still be on its way
            List<String> received = receivedWhenSent(run, 121);
            assertThat(received).hasSize(121).doesNotHaveDuplicates().containsAll(reminders).contains(waiting);
            // the waiting person's code was in the first batch of every round that took it (one or two rounds)
            assertThat(received.indexOf(waiting)).isLessThan(2);
        }
    }

    @Test
    void two_rounds_at_once_as_on_two_nodes_send_each_mail_once() throws Exception {
        // one node nudged by its own commit, the other by its retry tick, both reading the same due rows
        String run = unique("twice");
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofHours(1)));
        try (TestSmtp delivery = TestSmtp.deliverTo(mailer, smtp)) {
            for (int i = 0; i < 40; i++) {
                insert(run + "-" + i + "@example.jp", "mail " + i, MailOutbox.Priority.NORMAL, later);
            }
            makeDue(run);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> rounds = new ArrayList<>();
                for (int n = 0; n < 2; n++) {
                    rounds.add(nodes.submit(() -> {
                        start.await();
                        outbox.deliverDue();
                        return null;
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<?> round : rounds) {
                    round.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                nodes.shutdownNow();
            }
            List<String> received = receivedWhenSent(run, 40);
            assertThat(received).hasSize(40).doesNotHaveDuplicates();
        }
    }

    /** This run's mails (queued to be sent later) all due now, at one moment. */
    private void makeDue(String run) {
        jdbc.update("update mail_outbox set next_attempt_at = ? where recipient like ?",
                Timestamp.from(Instant.now().minusSeconds(1)), run + "-%");
    }

    /** Once {@code count} of this run's mails are marked sent, who of this run the mail server received, in order. */
    private List<String> receivedWhenSent(String run, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient like ? and status = 'SENT'", Integer.class,
                run + "-%") == count);
        return Arrays.stream(smtp.getReceivedMessages()).map(TestSmtp::recipient)
                .filter(r -> r.startsWith(run + "-")).toList();
    }

    private void insert(String to, String subject, MailOutbox.Priority priority, Timestamp nextAttempt) {
        jdbc.update("insert into mail_outbox (recipient, subject, body, topic, status, attempts, next_attempt_at, "
                + "created_at, priority) values (?, ?, 'body', 'test:burst', 'PENDING', 0, ?, ?, ?)", to, subject,
                nextAttempt, nextAttempt, priority.ordinal());
    }
}
