package jp.kumiaidesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.notification.NotificationService.Recipient;

class NotificationServiceTest extends ServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationBroadcaster broadcaster;

    @Autowired
    Mailer mailer;

    @Test
    void a_notification_reaches_its_recipient_and_their_open_uis() {
        signIn("shokichou");
        long before = notifications.unreadCount();
        List<String> pinged = new ArrayList<>();
        var registration = broadcaster.register("shokichou", pinged::add);
        try {
            signIn("shokikyoku");
            notifications.notify(new Recipient("shokichou", null), "notification.welcome", "テスト", "workplaces");
        } finally {
            registration.remove();
        }
        assertThat(pinged).containsExactly("shokichou");
        signIn("shokichou");
        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
        NotificationView newest = notifications.mine(PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(newest.link()).isEqualTo("workplaces");
        notifications.markRead(newest.id());
        assertThat(notifications.unreadCount()).isEqualTo(before);
    }

    @Test
    void nobody_reads_or_clears_someone_elses_notifications() {
        signIn("admin");
        notifications.notify(new Recipient("iinchou", null), "notification.welcome", "秘密", "");
        signIn("iinchou");
        long id = notifications.mine(PageRequest.of(0, 1)).getContent().getFirst().id();
        signIn("seinenbu");
        assertThat(notifications.mine(PageRequest.of(0, 100)).getContent()).noneMatch(n -> n.id() == id);
        assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void mark_all_read_clears_the_bell() {
        signIn("admin");
        notifications.notify(new Recipient("admin", null), "notification.welcome", "1", "");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void without_smtp_mail_is_logged_instead_of_sent() {
        assertThat(mailer.configured()).isFalse();
        assertThat(mailer.send("someone@example.jp", "件名", "本文")).isFalse();
    }
}
