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
 */
@Component
public class MailOutbox {

    static final int MAX_ATTEMPTS = 8;
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
        if (!mailer.configured()) {
            mailer.send(to, subject, body);
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into mail_outbox (recipient, subject, body, topic, status, attempts, next_attempt_at, "
                + "created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)", to, truncate(subject, 500), body, topic,
                now, now);
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

    /** Sends every due mail, one after another, on the worker thread. */
    void deliverDue() {
        List<Long> due = jdbc.queryForList("select id from mail_outbox where status = 'PENDING' and "
                + "next_attempt_at <= ? order by id limit 50", Long.class, Timestamp.from(clock.instant()));
        for (long id : due) {
            deliver(id);
        }
    }

    private void deliver(long id) {
        List<String[]> rows = jdbc.query("select recipient, subject, body, attempts from mail_outbox where id = ? "
                + "and status = 'PENDING'", (rs, i) -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4)}, id);
        if (rows.isEmpty()) {
            return;
        }
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
