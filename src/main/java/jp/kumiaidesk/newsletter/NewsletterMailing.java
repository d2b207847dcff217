package jp.kumiaidesk.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.newsletter.MailingLists.MailingList;
import jp.kumiaidesk.notification.Mailer;

/**
 * The e-mail to the members' mailing lists, sent once the publish has committed: nobody is mailed a link to an issue
 * that was rolled back. Per list it records what happened (newsletter_delivery): pending at publish, then whether
 * every address was handed to the mail server, some or none, or that no mail server is configured (only logged).
 * The mail is in Japanese, the members' language.
 */
@Component
class NewsletterMailing {

    record Requested(long newsletterId, List<MailingList> lists, int number, String headline, String lead,
            String webUrl, String pdfUrl) {
    }

    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final Translations texts;
    private final Clock clock;

    NewsletterMailing(Mailer mailer, JdbcTemplate jdbc, Translations texts, Clock clock) {
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /** Inside the publishing transaction: one pending row per list. */
    void pending(long newsletterId, List<MailingList> lists) {
        jdbc.batchUpdate("insert into newsletter_delivery (newsletter_id, list_name, addresses, status) values "
                + "(?, ?, ?, ?)", lists.stream().map(l -> new Object[] { newsletterId, l.name(), l.addresses().size(),
                        NewsletterDelivery.Status.PENDING.name() }).toList());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(Requested mail) {
        Locale ja = Locale.JAPANESE;
        String subject = texts.text(ja, "newsletter.mail.subject", String.valueOf(mail.number()), mail.headline());
        String body = mail.headline() + "\n\n" + (mail.lead() == null || mail.lead().isBlank() ? "" : mail.lead()
                + "\n\n") + texts.text(ja, "newsletter.mail.web") + "\n" + mail.webUrl() + "\n\n"
                + texts.text(ja, "newsletter.mail.pdf") + "\n" + mail.pdfUrl() + "\n";
        for (MailingList list : mail.lists()) {
            int handedOver = 0;
            for (String address : list.addresses()) {
                if (mailer.send(address, subject, body)) {
                    handedOver++;
                }
            }
            NewsletterDelivery.Status status = !mailer.configured() ? NewsletterDelivery.Status.NOT_CONFIGURED
                    : handedOver == list.addresses().size() ? NewsletterDelivery.Status.SENT
                    : handedOver == 0 ? NewsletterDelivery.Status.FAILED : NewsletterDelivery.Status.PARTLY;
            jdbc.update("update newsletter_delivery set handed_over = ?, status = ?, finished_at = ? where "
                    + "newsletter_id = ? and list_name = ?", handedOver, status.name(),
                    Timestamp.from(clock.instant()), mail.newsletterId(), list.name());
        }
    }

    List<NewsletterDelivery> deliveries(long newsletterId) {
        return jdbc.query("select list_name, addresses, handed_over, status from newsletter_delivery where "
                + "newsletter_id = ? order by list_name", (rs, i) -> new NewsletterDelivery(rs.getString(1), rs.getInt(2),
                        rs.getInt(3), NewsletterDelivery.Status.valueOf(rs.getString(4))), newsletterId);
    }
}
