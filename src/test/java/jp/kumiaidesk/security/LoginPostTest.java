package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kumiaidesk.ServiceTest;

/**
 * Issue #13, at the HTTP level as a script would post: the login form needs Spring's CSRF token and our own origin,
 * and unknown and real user names get the same answer.
 */
class LoginPostTest extends ServiceTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_login_post_without_the_token_or_from_another_site_is_refused() throws Exception {
        String token = tokenFromLoginPage();
        HttpResponse<String> noToken = post("iinchou", "test-demo-pass", null, null);
        assertThat(signedIn()).as("signed in without a CSRF token").isFalse();
        // refused by the CSRF filter: Vaadin's handler sends the browser back to the login page
        assertThat(noToken.statusCode()).isIn(302, 403);
        assertThat(noToken.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        HttpResponse<String> foreign = post("iinchou", "test-demo-pass", tokenFromLoginPage(),
                "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(signedIn()).as("signed in from a foreign origin").isFalse();
        HttpResponse<String> ours = post("iinchou", "test-demo-pass", tokenFromLoginPage(),
                "http://localhost:" + port);
        assertThat(ours.statusCode()).isEqualTo(302);
        assertThat(signedIn()).isTrue();
    }

    /** Whether this client's session may open a signed-in page. */
    private boolean signedIn() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/workplaces")).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode() == 200;
    }

    @Test
    void unknown_and_real_users_get_the_same_status_and_page() throws Exception {
        String token = tokenFromLoginPage();
        HttpResponse<String> real = post("shokikyoku", "not-the-password", token, null);
        HttpResponse<String> ghost = post(unique("ghost"), "not-the-password", tokenFromLoginPage(), null);
        assertThat(ghost.statusCode()).isEqualTo(real.statusCode()).isEqualTo(302);
        assertThat(ghost.headers().firstValue("Location")).isEqualTo(real.headers().firstValue("Location"));
        assertThat(ghost.body()).isEqualTo(real.body());
    }

    @Test
    void signed_in_pages_are_not_cached() throws Exception {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
    }

    private String tokenFromLoginPage() throws Exception {
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token in the login page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> post(String username, String password, String token, String origin)
            throws Exception {
        String form = "username=" + enc(username) + "&password=" + enc(password)
                + (token == null ? "" : "&_csrf=" + enc(token));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
