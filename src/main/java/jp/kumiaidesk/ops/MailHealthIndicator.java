package jp.kumiaidesk.ops;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.notification.Mailer;

/**
 * The SMTP server, checked once a minute in the background (a probe must answer at once, and an SMTP handshake can
 * take seconds). A mail server that does not answer makes the app {@code DEGRADED}, not {@code DOWN}: people can
 * still work, only mail waits, so the load balancer keeps sending them (see {@code application.properties}).
 * Without {@code SMTP_HOST} mails go to the log, and that is reported as such.
 */
@Component("mail")
class MailHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED");

    private final Mailer mailer;
    private final ObjectProvider<JavaMailSender> sender;
    private volatile Health last = Health.unknown().withDetail("mail", "not checked yet").build();

    MailHealthIndicator(Mailer mailer, ObjectProvider<JavaMailSender> sender) {
        this.mailer = mailer;
        this.sender = sender;
    }

    @Override
    public Health health() {
        if (!mailer.configured()) {
            return Health.up().withDetail("mail", "no SMTP_HOST: mails are written to the log").build();
        }
        return last;
    }

    @Scheduled(fixedDelayString = "${kd.mail.health-interval:PT1M}", initialDelayString = "PT5S")
    void check() {
        if (!mailer.configured() || !(sender.getIfAvailable() instanceof JavaMailSenderImpl smtp)) {
            return;
        }
        try {
            smtp.testConnection();
            last = Health.up().withDetail("smtp", smtp.getHost() + ":" + smtp.getPort()).build();
        } catch (Exception e) {
            last = Health.status(DEGRADED).withDetail("smtp", smtp.getHost() + ":" + smtp.getPort())
                    .withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
