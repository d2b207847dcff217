package jp.kumiaidesk.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TransactionRetry;
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
    private final TransactionRetry retry;
    private final Clock clock;

    FollowUpReminder(RecruitmentService recruitment, NotificationService notifications, UserService users,
            TransactionRetry retry, Clock clock) {
        this.users = users;
        this.recruitment = recruitment;
        this.notifications = notifications;
        this.retry = retry;
        this.clock = clock;
    }

    @Scheduled(cron = "${kd.follow-up-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
    @SchedulerLock(name = "recruitment-follow-up-reminder", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void remindEveryMorning() {
        SystemAuthentication.run(this::remind);
    }

    /**
     * One run: a notification per recruiter with follow-ups due, keyed by the day (the notification's unique once-key
     * decides, not a look beforehand), so two runs at the same time still notify each recruiter once. Re-run from
     * the start when it loses a deadlock or Galera's certification.
     *
     * @return how many recruiters were notified
     */
    int remind() {
        return retry.inTransaction("follow-up reminders", () -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, Long> dueByRecruiter = recruitment.followUps(RecruitmentService.FOLLOW_UP_DAYS).stream()
                    .filter(h -> h.recruiter() != null)
                    .collect(Collectors.groupingBy(HireRow::recruiter, Collectors.counting()));
            int notified = 0;
            for (Map.Entry<String, Long> due : dueByRecruiter.entrySet()) {
                if (notifications.notifyOnce(users.recipient(due.getKey()), MESSAGE_KEY,
                        String.valueOf(due.getValue()), "recruitment/hires", onceKey(today))) {
                    notified++;
                }
            }
            return notified;
        });
    }

    static String onceKey(LocalDate day) {
        return "follow-ups:" + day;
    }
}
