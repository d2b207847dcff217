package jp.kumiaidesk.newsletter;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jp.kumiaidesk.notification.MailOutbox;

/**
 * The e-mail to the members' distribution lists ({@code KD_NEWSLETTER_LISTS}), queued with the publish and sent once
 * it has committed: nobody is mailed a link to an issue that was rolled back, and publishing never waits for SMTP.
 */
@Component
class NewsletterMailing {

    record Requested(long id, List<String> lists, int number, String headline, String lead, String webUrl,
            String pdfUrl) {
    }

    private final MailOutbox outbox;

    NewsletterMailing(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** Queued in the publishing transaction; sent by the outbox after the commit (see {@link MailOutbox}). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void send(Requested mail) {
        String subject = "【速報 第" + mail.number() + "号】" + mail.headline();
        String body = mail.headline() + "\n\n" + (mail.lead() == null ? "" : mail.lead() + "\n\n")
                + "続きはこちら（スマートフォンでも読めます）：\n" + mail.webUrl() + "\n\n"
                + "印刷用PDF（職場掲示用）：\n" + mail.pdfUrl() + "\n";
        for (String list : mail.lists()) {
            outbox.enqueue(list, subject, body, NewsletterLinks.mailTopic(mail.id()));
        }
    }
}
