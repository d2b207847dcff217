package jp.kumiaidesk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.notification.Mailer;
import jp.kumiaidesk.notification.TestSmtp;

/**
 * Publishing really mails the members' list over SMTP: the shared {@link Mailer} is pointed at a GreenMail server for
 * this test only (the shared test context has no SMTP server, and other tests rely on that).
 */
class NewsletterMailTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    NewsletterService newsletters;

    @Autowired
    Mailer mailer;

    @Test
    void publishing_mails_the_members_list_with_the_link_after_commit() throws Exception {
        try (TestSmtp delivery = TestSmtp.deliverTo(mailer, smtp)) {
            signIn("shokikyoku");
            long id = newsletters.createBlank("年末一時金の回答を引き出しました");
            NewsletterView draft = newsletters.get(id);
            newsletters.update(id, draft.version(), new NewsletterForm(LocalDate.of(2026, 12, 1),
                    draft.form().headline(), "当局は2.5か月分と回答しました。", List.of(), "", "", List.of()));
            NewsletterView submitted = newsletters.submit(id, newsletters.get(id).version());
            signIn("iinchou");
            newsletters.approve(id, submitted.contentHash());
            signIn("shokikyoku");
            PublishResult result = newsletters.publish(id);

            assertThat(result.mailedTo()).containsExactly("kumiai-all@example.jp");
            // the outbox sends in the background: wait, mail by mail, until the members' list has its own
            long giveUp = System.nanoTime() + 30_000_000_000L;
            java.util.Optional<MimeMessage> toList = java.util.Optional.empty();
            while (toList.isEmpty() && System.nanoTime() < giveUp) {
                smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
                toList = java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> TestSmtp.recipient(m).equals("kumiai-all@example.jp")).findFirst();
            }
            MimeMessage mail = toList.orElseThrow();
            // the approvers were asked by e-mail when it was submitted, and the author told when it was approved
            assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).map(TestSmtp::recipient))
                    .contains("iinchou@example.jp", "shokichou@example.jp", "shokikyoku@example.jp",
                            "kumiai-all@example.jp")
                    .filteredOn("kumiai-all@example.jp"::equals).hasSize(1);
            assertThat(mail.getSubject()).isEqualTo("【速報 第" + result.number() + "号】年末一時金の回答を引き出しました");
            assertThat(GreenMailUtil.getBody(mail).isBlank()).isFalse();
            assertThat(mail.getContent().toString()).contains(result.webUrl()).contains("2.5か月分");
        }
    }
}
