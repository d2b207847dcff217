package jp.kumiaidesk.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.bargaining.AnswerForm;
import jp.kumiaidesk.bargaining.AnswerOutcome;
import jp.kumiaidesk.bargaining.BargainingService;
import jp.kumiaidesk.bargaining.SessionForm;
import jp.kumiaidesk.bargaining.SessionKind;
import jp.kumiaidesk.notification.MailOutbox;
import jp.kumiaidesk.notification.Mailer;

/** Issue #13: the public token is matched byte for byte; a hung mail server does not hold up publishing. */
class NewsletterHardeningTest extends ServiceTest {

    @Autowired
    NewsletterService newsletters;

    @Autowired
    BargainingService bargaining;

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @LocalServerPort
    int port;

    private long approved() {
        signIn("shokikyoku");
        long season = bargaining.createSeason(unique("人員確保闘争"), LocalDate.of(2026, 10, 1));
        long staff = bargaining.addDemand(season, "保育士の正規職員での増員");
        long session = bargaining.createSession(new SessionForm(season, LocalDate.of(2026, 11, 18),
                LocalTime.of(15, 0), LocalTime.of(16, 40), SessionKind.COLLECTIVE_BARGAINING, "総務部長", "委員長",
                List.of(new AnswerForm(staff, "来年度、正規保育士を5名増員する", AnswerOutcome.SETTLED)),
                "保育士5名の増員で合意", "", "", List.of()));
        long id = newsletters.draftFromSession(session);
        NewsletterView view = newsletters.submit(id, newsletters.get(id).version());
        signIn("iinchou");
        newsletters.approve(id, view.contentHash());
        signIn("shokikyoku");
        return id;
    }

    @Test
    void the_token_is_case_sensitive() throws Exception {
        PublishResult result = newsletters.publish(approved());
        String path = URI.create(result.webUrl()).getPath();
        assertThat(status(path)).isEqualTo(200);
        String token = path.substring(NewsletterLinks.PREFIX.length());
        String changed = token.toLowerCase(Locale.ROOT).equals(token) ? token.toUpperCase(Locale.ROOT)
                : token.toLowerCase(Locale.ROOT);
        assertThat(status(NewsletterLinks.PREFIX + changed)).isEqualTo(404);
        assertThat(status(NewsletterLinks.PREFIX + changed + "/newsletter.pdf")).isEqualTo(404);
    }

    @Test
    void a_hung_mail_server_does_not_hold_up_publishing_and_the_failure_is_recorded() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        Object realSender = ReflectionTestUtils.getField(mailer, "sender");
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(hung.accept()); // and never says a word
                    }
                } catch (Exception closed) {
                    // test over
                }
            });
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(hung.getLocalPort());
            Properties timeouts = new Properties();
            timeouts.put("mail.smtp.connectiontimeout", "1000");
            timeouts.put("mail.smtp.timeout", "1000");
            timeouts.put("mail.smtp.writetimeout", "1000");
            sender.setJavaMailProperties(timeouts);
            ReflectionTestUtils.setField(mailer, "sender", sender);

            long id = approved();
            PublishResult result = newsletters.publish(id);
            // publish returned while the server has not answered a single byte: the mail is still waiting
            assertThat(result.number()).isPositive();
            assertThat(newsletters.get(id).status()).isEqualTo(NewsletterStatus.PUBLISHED);
            String topic = NewsletterLinks.mailTopic(id) + "/%";
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where topic like ?", Integer.class, topic))
                    .isEqualTo(result.mailedTo().size());
            // the worker's attempt times out and is recorded for a retry, not reported as sent
            long giveUp = System.nanoTime() + 60_000_000_000L;
            while (jdbc.queryForObject("select count(*) from mail_outbox where topic like ? and attempts > 0",
                    Integer.class, topic) == 0 && System.nanoTime() < giveUp) {
                Thread.sleep(50);
            }
            assertThat(newsletters.deliveries(id)).allSatisfy(d -> {
                assertThat(d.handedOver()).isZero();
                assertThat(d.status()).isEqualTo(NewsletterDelivery.Status.PENDING);
            });
            assertThat(jdbc.queryForObject("select last_error from mail_outbox where topic like ? and attempts > 0 "
                    + "limit 1", String.class, topic)).isNotBlank();
        } finally {
            // the retries of this test's mails must not reach another test's mail server
            jdbc.update("delete from mail_outbox where status = 'PENDING' and recipient = 'kumiai-all@example.jp'");
            ReflectionTestUtils.setField(mailer, "sender", realSender);
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private int status(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
