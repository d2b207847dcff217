package jp.kumiaidesk.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.SystemAuthentication;

class FollowUpReminderTest extends ServiceTest {

    @Autowired
    FollowUpReminder reminder;

    @Test
    void the_demo_recruiter_is_reminded_once_a_day() {
        int before = jdbc.queryForObject("select count(*) from notification where recipient = 'seinenbu' "
                + "and message_key = 'notification.follow-ups'", Integer.class);
        SystemAuthentication.run(() -> reminder.remind());
        SystemAuthentication.run(() -> reminder.remind());
        int after = jdbc.queryForObject("select count(*) from notification where recipient = 'seinenbu' "
                + "and message_key = 'notification.follow-ups'", Integer.class);
        assertThat(after - before).isBetween(0, 1);
        assertThat(after).isEqualTo(1);
    }
}
