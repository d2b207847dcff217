package jp.kumiaidesk.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail through the SMTP server from the environment ({@code SMTP_HOST} …); with none configured,
 * writes the mail to the log instead, so development and demo machines never need a mail server.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private JavaMailSender sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kd.mail.from}") String from) {
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
    }

    /**
     * Sends at once, in the caller's thread (SMTP timeouts bound the wait). Features queue mail through
     * {@link MailOutbox} instead, so that no click waits for the mail server.
     *
     * @return whether the mail was handed to an SMTP server (false: logged only, or the server refused it)
     */
    public boolean send(String to, String subject, String body) {
        if (sender == null) {
            log.info("Mail not sent (no SMTP_HOST) to {}: {}\n{}", to, subject, body);
            return false;
        }
        String error = deliver(to, subject, body);
        if (error != null) {
            log.warn("Mail to {} failed: {}", to, error);
        }
        return error == null;
    }

    /** Hands one mail to the SMTP server; the reason it failed, or {@code null} when it was accepted. */
    String deliver(String to, String subject, String body) {
        if (sender == null) {
            return "no SMTP server configured";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    public boolean configured() {
        return sender != null;
    }
}
