package jp.kumiaidesk.recruitment;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.notification.NotificationService;
import jp.kumiaidesk.security.UserService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every morning, each recruiter with new hires to follow up (not contacted two weeks after hiring, or a passed
 * next-action date) gets one notification. Idempotent per recruiter and day, so a restart or a second node running
 * the same job does not notify twice.
 */
@Component
class FollowUpReminder {

    static final String MESSAGE_KEY = "notification.follow-ups";

    private final RecruitmentService recruitment;
    private final NotificationService notifications;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FollowUpReminder(RecruitmentService recruitment, NotificationService notifications, UserService users,
            JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.recruitment = recruitment;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${kd.follow-up-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
    @SchedulerLock(name = "recruitment-follow-up-reminder", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void remindEveryMorning() {
        SystemAuthentication.run(this::remind);
    }

    /** @return how many recruiters were notified */
    @Transactional
    int remind() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> dueByRecruiter = recruitment.followUps(RecruitmentService.FOLLOW_UP_DAYS).stream()
                .filter(h -> h.recruiter() != null)
                .collect(Collectors.groupingBy(HireRow::recruiter, Collectors.counting()));
        int notified = 0;
        for (Map.Entry<String, Long> due : dueByRecruiter.entrySet()) {
            Integer already = jdbc.queryForObject("select count(*) from notification where recipient = ? and "
                    + "message_key = ? and created_at >= ?", Integer.class, due.getKey(), MESSAGE_KEY,
                    Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()));
            if (already != null && already == 0) {
                notifications.notify(users.recipient(due.getKey()), MESSAGE_KEY, String.valueOf(due.getValue()),
                        "recruitment/hires");
                notified++;
            }
        }
        return notified;
    }
}
