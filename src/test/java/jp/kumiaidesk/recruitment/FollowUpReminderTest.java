package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.SystemAuthentication;

class FollowUpReminderTest extends ServiceTest {

    @Autowired
    FollowUpReminder reminder;

    @Autowired
    java.time.Clock clock;

    @Test
    void the_demo_recruiter_is_reminded_once_a_day() {
        // whether the scheduled run already reminded today or not: after two more runs there is exactly one
        // reminder of today (the demo recruiter has overdue follow-ups in the demo data)
        SystemAuthentication.run(() -> reminder.remind());
        SystemAuthentication.run(() -> reminder.remind());
        int today = jdbc.queryForObject("select count(*) from notification where recipient = 'seinenbu' "
                + "and message_key = 'notification.follow-ups' and created_at >= ?", Integer.class,
                java.sql.Timestamp.from(java.time.LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant()));
        assertThat(today).isEqualTo(1);
    }
}
