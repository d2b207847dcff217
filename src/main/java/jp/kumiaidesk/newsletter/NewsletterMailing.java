package jp.kumiaidesk.newsletter;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jp.kumiaidesk.notification.Mailer;

/**
 * The e-mail to the members' distribution lists ({@code KD_NEWSLETTER_LISTS}), sent once the publish has committed:
 * nobody is mailed a link to an issue that was rolled back.
 */
@Component
class NewsletterMailing {

    record Requested(List<String> lists, int number, String headline, String lead, String webUrl, String pdfUrl) {
    }

    private final Mailer mailer;

    NewsletterMailing(Mailer mailer) {
        this.mailer = mailer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(Requested mail) {
        String subject = "【速報 第" + mail.number() + "号】" + mail.headline();
        String body = mail.headline() + "\n\n" + (mail.lead() == null ? "" : mail.lead() + "\n\n")
                + "続きはこちら（スマートフォンでも読めます）：\n" + mail.webUrl() + "\n\n"
                + "印刷用PDF（職場掲示用）：\n" + mail.pdfUrl() + "\n";
        for (String list : mail.lists()) {
            mailer.send(list, subject, body);
        }
    }
}
