package jp.kumiaidesk.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail side of notifications: queued in the notifying transaction, just before it commits (so a rolled-back
 * change mails nobody), and gathered per person and kind of message. One transaction that tells someone the same kind
 * of thing several times — a new executive reminded of every SNS draft already past its deadline, a job catching up
 * after a day down — sends that person one mail listing them all, not one mail each.
 */
@Component
class NotificationMails {

    record Mail(String to, String messageKey, String argument, String link) {
    }

    private final MailOutbox outbox;
    private final NotificationTexts texts;
    private final String baseUrl;

    NotificationMails(MailOutbox outbox, NotificationTexts texts, @Value("${kd.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Mails this at the end of the current transaction (at once without one), together with its kind. */
    void request(Mail mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(List.of(mail));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Mail> pending = (List<Mail>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Mail> gathered = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, gathered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    sendGathered(gathered);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NotificationMails.this);
                }
            });
            pending = gathered;
        }
        pending.add(mail);
    }

    private void sendGathered(List<Mail> gathered) {
        Map<List<String>, List<Mail>> byPersonAndKind = new LinkedHashMap<>();
        for (Mail mail : gathered) {
            byPersonAndKind.computeIfAbsent(List.of(mail.to(), mail.messageKey()), k -> new ArrayList<>()).add(mail);
        }
        byPersonAndKind.values().forEach(this::send);
        gathered.clear();
    }

    /** One mail to one person about one or more things of one kind. */
    private void send(List<Mail> mails) {
        Locale japanese = Locale.JAPANESE;
        Mail first = mails.getFirst();
        String appName = texts.text("app.name", null, japanese);
        StringBuilder body = new StringBuilder();
        for (Mail mail : mails) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(texts.text(mail.messageKey(), mail.argument(), japanese));
            if (mail.link() != null) {
                body.append(mails.size() == 1 ? "\n\n" : "\n").append(baseUrl).append('/').append(mail.link());
            }
        }
        body.append("\n\n-- \n").append(appName);
        String subject = texts.text(first.messageKey(), first.argument(), japanese);
        if (mails.size() > 1) {
            subject += texts.text("notification.mail.and-more", String.valueOf(mails.size() - 1), japanese);
        }
        outbox.enqueue(first.to(), "[" + appName + "] " + subject, body.toString(),
                "notification:" + first.messageKey());
    }
}
