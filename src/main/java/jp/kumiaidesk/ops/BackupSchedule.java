package jp.kumiaidesk.ops;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.notification.MailOutbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The nightly backup inside the app ({@code KD_BACKUP_CRON}, default 03:00 Asia/Tokyo) into {@code KD_BACKUP_DIR},
 * keeping {@code KD_BACKUP_RETENTION_DAYS} (default 14) days; each run is recorded in {@code backup_run} for the
 * operations page, and a failure is mailed to every administrator with an address.
 */
@Service
public class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;
    private final JdbcTemplate jdbc;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final String cron;
    private final int retentionDays;

    BackupSchedule(BackupService backups, JdbcTemplate jdbc, MailOutbox outbox, MessageSource messages, Clock clock,
            @Value("${kd.backup.cron}") String cron, @Value("${kd.backup.retention-days}") int retentionDays) {
        this.backups = backups;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.cron = cron;
        this.retentionDays = retentionDays;
    }

    @Scheduled(cron = "${kd.backup.cron}", zone = "Asia/Tokyo")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void nightly() {
        SystemAuthentication.run(() -> backUp(SystemAuthentication.SYSTEM));
    }

    /** A backup now, by an administrator on the operations page. */
    @PreAuthorize(Roles.IS_ADMIN)
    public BackupRun backUpNow() {
        return backUp(SystemAuthentication.currentActor());
    }

    private BackupRun backUp(String by) {
        Instant started = clock.instant();
        Path dir = backups.defaultDir();
        BackupRun run;
        try {
            BackupService.Backup backup = backups.backup(dir);
            int deleted = backups.deleteOlderThan(dir, retentionDays);
            run = new BackupRun(started, clock.instant(), true, by, backup.dump().getFileName().toString(),
                    backup.manifest().bytes(), deleted > 0 ? "deleted " + deleted + " older backups" : null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.error("Backup into {} failed", dir, e);
            run = new BackupRun(started, clock.instant(), false, by, null, null, String.valueOf(e.getMessage()));
            mailAdministrators(run);
        }
        record(run);
        return run;
    }

    private void record(BackupRun run) {
        jdbc.update("insert into backup_run (started_at, finished_at, succeeded, trigger_by, file_name, bytes, message)"
                + " values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(run.startedAt()), Timestamp.from(run.finishedAt()),
                run.succeeded(), run.triggeredBy(), run.fileName(), run.bytes(), truncate(run.message()));
    }

    private void mailAdministrators(BackupRun run) {
        List<String> addresses = jdbc.queryForList("select u.email from app_user u join app_user_role r"
                + " on r.user_id = u.id where r.role = ? and u.enabled and u.email is not null and u.email <> ''",
                String.class, Roles.ADMIN);
        Locale ja = Locale.JAPANESE;
        String subject = messages.getMessage("ops.backup.failed.mail.subject", null, ja);
        String body = messages.getMessage("ops.backup.failed.mail.body",
                new Object[] {UnionTime.dateTime(run.startedAt(), ja), backups.defaultDir().toString(), run.message()}, ja);
        // through the outbox: sent after this method returns, and retried while the SMTP server is down
        addresses.forEach(to -> outbox.enqueue(to, subject, body, "backup-failed"));
    }

    /** The most recent run, if any. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<BackupRun> last() {
        return jdbc.query("select * from backup_run order by started_at desc, id desc limit 1", (rs, i) -> new BackupRun(
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                rs.getBoolean("succeeded"), rs.getString("trigger_by"), rs.getString("file_name"),
                (Long) rs.getObject("bytes", Long.class), rs.getString("message"))).stream().findFirst();
    }

    public String cron() {
        return cron;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Path directory() {
        return backups.defaultDir();
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}
