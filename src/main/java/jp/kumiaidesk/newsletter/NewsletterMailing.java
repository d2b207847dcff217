package jp.kumiaidesk.newsletter;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.newsletter.MailingLists.MailingList;
import jp.kumiaidesk.notification.MailOutbox;
import jp.kumiaidesk.notification.Mailer;

/**
 * The e-mail to the members' mailing lists: queued in the durable outbox with the publish and sent by it once the
 * publish has committed (nobody is mailed a link to an issue that was rolled back, and publishing never waits for
 * SMTP). Per list it shows what happened, from the outbox: waiting, every address handed to the mail server, some
 * or none, or that no mail server is configured (only logged). The mail is in Japanese, the members' language.
 */
@Component
class NewsletterMailing {

    record Requested(long newsletterId, List<MailingList> lists, int number, String headline, String lead,
            String webUrl, String pdfUrl) {
    }

    private final MailOutbox outbox;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final Translations texts;

    NewsletterMailing(MailOutbox outbox, Mailer mailer, JdbcTemplate jdbc, Translations texts) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** Inside the publishing transaction: one row per list, whose state the outbox then tells. */
    void pending(long newsletterId, List<MailingList> lists) {
        jdbc.batchUpdate("insert into newsletter_delivery (newsletter_id, list_name, addresses, status) values "
                + "(?, ?, ?, ?)", lists.stream().map(l -> new Object[] { newsletterId, l.name(), l.addresses().size(),
                        NewsletterDelivery.Status.PENDING.name() }).toList());
    }

    /** Queued in the publishing transaction; sent by the outbox after the commit (see {@link MailOutbox}). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void send(Requested mail) {
        Locale ja = Locale.JAPANESE;
        String subject = texts.text(ja, "newsletter.mail.subject", String.valueOf(mail.number()), mail.headline());
        String body = mail.headline() + "\n\n" + (mail.lead() == null || mail.lead().isBlank() ? "" : mail.lead()
                + "\n\n") + texts.text(ja, "newsletter.mail.web") + "\n" + mail.webUrl() + "\n\n"
                + texts.text(ja, "newsletter.mail.pdf") + "\n" + mail.pdfUrl() + "\n";
        for (MailingList list : mail.lists()) {
            for (String address : list.addresses()) {
                outbox.enqueue(address, subject, body, topic(mail.newsletterId(), list.name()));
            }
        }
    }

    List<NewsletterDelivery> deliveries(long newsletterId) {
        return jdbc.query("select list_name, addresses from newsletter_delivery where newsletter_id = ? "
                + "order by list_name", (rs, i) -> delivery(newsletterId, rs.getString(1), rs.getInt(2)),
                newsletterId);
    }

    private NewsletterDelivery delivery(long newsletterId, String list, int addresses) {
        if (!mailer.configured()) {
            return new NewsletterDelivery(list, addresses, 0, NewsletterDelivery.Status.NOT_CONFIGURED);
        }
        MailOutbox.Delivery d = outbox.delivery(topic(newsletterId, list));
        NewsletterDelivery.Status status = d.waiting() > 0 ? NewsletterDelivery.Status.PENDING
                : d.sent() >= addresses ? NewsletterDelivery.Status.SENT
                : d.sent() == 0 ? NewsletterDelivery.Status.FAILED : NewsletterDelivery.Status.PARTLY;
        return new NewsletterDelivery(list, addresses, d.sent(), status);
    }

    /** The outbox topic of one list's mails of one issue (all of an issue's start with {@code mailTopic(id)}). */
    static String topic(long newsletterId, String list) {
        return NewsletterLinks.mailTopic(newsletterId) + "/" + list;
    }
}
