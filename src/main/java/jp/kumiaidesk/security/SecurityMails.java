package jp.kumiaidesk.security;

import java.util.Locale;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.notification.MailOutbox;
import jp.kumiaidesk.notification.MailOutbox.Priority;

/**
 * The mails about an account's own security (a passkey registered, a sign-in code, a password-reset link), queued in
 * the caller's transaction through the outbox. Their texts are translations; the app keeps no language per person and
 * these mails must be understood by whoever reads them, so each is written in Japanese, then in English.
 */
@Component
class SecurityMails {

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    private final MailOutbox outbox;
    private final Translations texts;

    SecurityMails(MailOutbox outbox, Translations texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    void passkeyRegistered(String to, String passkeyName) {
        send(to, "security.mail.passkey-registered.subject",
                both("security.mail.passkey-registered.body", passkeyName) + "\n", "passkey-registered",
                Priority.NORMAL);
    }

    void signInCode(String to, String code, int minutes) {
        send(to, "security.mail.sign-in-code.subject",
                both("security.mail.sign-in-code.lead", String.valueOf(minutes)) + "\n\n" + code + "\n\n"
                        + both("security.mail.sign-in-code.warning") + "\n", "mfa-code", Priority.WAITED_FOR);
    }

    void passwordReset(String to, String link, int minutes) {
        send(to, "security.mail.password-reset.subject",
                both("security.mail.password-reset.lead", String.valueOf(minutes)) + "\n\n" + link + "\n\n"
                        + both("security.mail.password-reset.warning") + "\n", "password-reset", Priority.WAITED_FOR);
    }

    private void send(String to, String subjectKey, String body, String topic, Priority priority) {
        String subject = "[" + texts.text(JA, "app.name") + "] " + texts.text(JA, subjectKey) + " / "
                + texts.text(EN, subjectKey);
        outbox.enqueue(to, subject, body, topic, priority);
    }

    private String both(String key, Object... arguments) {
        return texts.text(JA, key, arguments) + "\n" + texts.text(EN, key, arguments);
    }
}
