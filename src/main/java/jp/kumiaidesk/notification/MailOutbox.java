package jp.kumiaidesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Mail waiting to be sent. {@link #enqueue} writes a row in the caller's transaction (so a rolled-back change mails
 * nobody, and a committed one cannot lose its mail to a crash); one background thread sends due rows through
 * {@link Mailer#deliver} — at once after the commit, and again every {@code kd.mail.retry-interval} — and retries a
 * failure after 1, 2, 4 … minutes, giving up after {@value #MAX_ATTEMPTS} attempts. Nobody's click waits for SMTP.
 * <p>
 * The worker sends until nothing is due (a burst of reminders does not wait for the next tick, 50 at a time), mails
 * someone waits for ({@link Priority#WAITED_FOR}) first, and claims each row before sending it, so that two app nodes
 * on one database (one nudged by its own commit, the other by its retry tick) never send the same mail twice; a node
 * that dies while sending leaves its claim to run out after {@link #CLAIM}, and the mail is sent again then.
 */
@Component
public class MailOutbox {

    static final int MAX_ATTEMPTS = 8;
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    /** Who waits for a mail: someone at the sign-in screen, or nobody in particular. */
    public enum Priority {
        WAITED_FOR, NORMAL
    }
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** How the mails about one thing (e.g. {@code newsletter:42}) stand: sent, still waiting, given up. */
    public record Delivery(int sent, int waiting, int failed) {

        public static final Delivery NONE = new Delivery(0, 0, 0);
    }

    record Queued() {
    }

    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("mail-outbox").factory());

    MailOutbox(JdbcTemplate jdbc, Mailer mailer, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Queues a mail in the current transaction (or at once without one); {@code topic} may be null. Without
     * {@code SMTP_HOST} the mail is only written to the log, as before.
     */
    public void enqueue(String to, String subject, String body, String topic) {
        enqueue(to, subject, body, topic, Priority.NORMAL);
    }

    /** As {@link #enqueue(String, String, String, String)}; a {@link Priority#WAITED_FOR} mail is sent first. */
    public void enqueue(String to, String subject, String body, String topic, Priority priority) {
        if (!mailer.configured()) {
            mailer.send(to, subject, body);
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into mail_outbox (recipient, subject, body, topic, status, attempts, next_attempt_at, "
                + "created_at, priority) values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)", to, truncate(subject, 500), body,
                topic, now, now, priority.ordinal());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            events.publishEvent(new Queued());
        } else {
            nudge();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(Queued queued) {
        nudge();
    }

    /** Asks the worker to send what is due now (returns at once). */
    public void nudge() {
        if (!worker.isShutdown()) {
            worker.execute(this::deliverDue);
        }
    }

    @Scheduled(fixedDelayString = "${kd.mail.retry-interval:PT30S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "mail-outbox-retry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT25S")
    void retry() {
        nudge();
    }

    /**
     * Sends every due mail, one after another, on the worker thread, until none is due: each sent or failed mail is
     * due no more, and a batch in which this node could claim nothing (another node sends them) ends the round.
     */
    void deliverDue() {
        while (true) {
            List<Long> due = jdbc.queryForList("select id from mail_outbox where status = 'PENDING' and "
                    + "next_attempt_at <= ? order by priority, id limit " + BATCH, Long.class,
                    Timestamp.from(clock.instant()));
            int handled = 0;
            for (long id : due) {
                if (deliver(id)) {
                    handled++;
                }
            }
            if (due.size() < BATCH || handled == 0) {
                return;
            }
        }
    }

    /** Sends one due mail if this node can claim it; whether it did (sent, or recorded the failure). */
    private boolean deliver(long id) {
        Instant claimedAt = clock.instant();
        try {
            if (jdbc.update("update mail_outbox set next_attempt_at = ? where id = ? and status = 'PENDING' and "
                    + "next_attempt_at <= ?", Timestamp.from(claimedAt.plus(CLAIM)), id,
                    Timestamp.from(claimedAt)) == 0) {
                return false;
            }
        } catch (DataAccessException conflict) {
            // two nodes claimed it at once and the cluster let the other one win: it is theirs to send
            log.debug("Mail {} claimed elsewhere: {}", id, conflict.getMessage());
            return false;
        }
        List<String[]> rows = jdbc.query("select recipient, subject, body, attempts from mail_outbox where id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, id);
        String[] mail = rows.getFirst();
        int attempts = Integer.parseInt(mail[3]) + 1;
        String error = mailer.deliver(mail[0], mail[1], mail[2]);
        Instant now = clock.instant();
        if (error == null) {
            jdbc.update("update mail_outbox set status = 'SENT', attempts = ?, sent_at = ?, last_error = null "
                    + "where id = ?", attempts, Timestamp.from(now), id);
        } else if (attempts >= MAX_ATTEMPTS) {
            log.warn("Mail {} to {} given up after {} attempts: {}", id, mail[0], attempts, error);
            jdbc.update("update mail_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
                    attempts, truncate(error, 500), id);
        } else {
            Duration pause = Duration.ofMinutes(1L << (attempts - 1));
            jdbc.update("update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
                    attempts, truncate(error, 500), Timestamp.from(now.plus(pause)), id);
        }
        return true;
    }

    /** How the mails of {@code topic} stand. */
    @org.springframework.security.access.prepost.PreAuthorize(jp.kumiaidesk.base.Roles.IS_SIGNED_IN)
    public Delivery delivery(String topic) {
        int[] counts = new int[3];
        jdbc.query("select status, count(*) from mail_outbox where topic = ? group by status", rs -> {
            switch (rs.getString(1)) {
                case "SENT" -> counts[0] = rs.getInt(2);
                case "PENDING" -> counts[1] = rs.getInt(2);
                default -> counts[2] = rs.getInt(2);
            }
        }, topic);
        return new Delivery(counts[0], counts[1], counts[2]);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
