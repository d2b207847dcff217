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

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP);

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

    @Test
    void one_transaction_telling_someone_several_things_of_one_kind_sends_them_one_mail() throws Exception {
        // a new executive is reminded of every SNS draft already past its deadline in one run of the job
        String run = unique("digest");
        String many = run + "-many@example.jp";
        String one = run + "-one@example.jp";
        try (TestSmtp delivery = TestSmtp.deliverTo(mailer, smtp)) {
            signIn("admin");
            transactions.executeWithoutResult(tx -> {
                for (String title : List.of("春闘集会", "学習会", "署名のお願い")) {
                    notifications.notifyOnce(new Recipient("iinchou", many), "notification.sns.deadline-passed",
                            title, "sns/drafts/" + title.length(), run + title);
                }
                notifications.notifyOnce(new Recipient("shokichou", one), "notification.sns.deadline-passed", "単独",
                        "sns/drafts/1", run + "one");
            });
            // a rolled-back notification mails nobody
            String never = run + "-never@example.jp";
            assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                notifications.notify(new Recipient("iinchou", never), "notification.welcome", "取り消し", "");
                throw new IllegalStateException("rolled back");
            })).isInstanceOf(IllegalStateException.class);

            jakarta.mail.internet.MimeMessage digest = TestSmtp.awaitMailTo(smtp, many, "承認期限",
                    java.time.Duration.ofSeconds(30));
            TestSmtp.awaitMailTo(smtp, one, "単独", java.time.Duration.ofSeconds(30));
            assertThat(digest.getSubject()).isEqualTo(
                    "[組合デスク] SNS下書き「春闘集会」の承認期限が過ぎました。確認をお願いします（ほか2件）");
            String body = String.valueOf(digest.getContent());
            assertThat(body).contains("「春闘集会」", "「学習会」", "「署名のお願い」", "/sns/drafts/4", "/sns/drafts/3")
                    .doesNotContain("notification.");
            assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).map(TestSmtp::recipient))
                    .filteredOn(r -> r.startsWith(run)).containsExactlyInAnyOrder(many, one);
            // all three are in the bell, one by one
            assertThat(jdbc.queryForList("select argument from notification where recipient = 'iinchou' and "
                    + "once_key like ?", String.class, run + "%")).containsExactlyInAnyOrder("春闘集会", "学習会",
                            "署名のお願い");
        }
    }
}
