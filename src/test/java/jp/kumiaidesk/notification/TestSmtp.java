package jp.kumiaidesk.notification;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The app's {@link Mailer} pointed at a test's GreenMail server for as long as this is open (try-with-resources),
 * and the wait for one recipient's mail.
 */
public final class TestSmtp implements AutoCloseable {

    private final Mailer mailer;
    private final Object previous;

    private TestSmtp(Mailer mailer, Object previous) {
        this.mailer = mailer;
        this.previous = previous;
    }

    public static TestSmtp deliverTo(Mailer mailer, GreenMailExtension smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        Object previous = ReflectionTestUtils.getField(mailer, "sender");
        ReflectionTestUtils.setField(mailer, "sender", sender);
        return new TestSmtp(mailer, previous);
    }

    /**
     * The first mail to {@code address} whose subject contains {@code subjectPart}: the outbox may hand other tests'
     * mails to the server first, and the scheduled jobs may mail the same person meanwhile (a new executive gets the
     * approval-deadline reminders), so this waits for that recipient and that kind of mail, not for any mail.
     */
    public static MimeMessage awaitMailTo(GreenMailExtension smtp, String address, String subjectPart,
            Duration within) {
        return Awaitility.await().atMost(within).until(() -> {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (recipient(m).equals(address) && String.valueOf(m.getSubject()).contains(subjectPart)) {
                    return m;
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    /** The (first) address a received mail was sent to. */
    public static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ReflectionTestUtils.setField(mailer, "sender", previous);
    }
}
