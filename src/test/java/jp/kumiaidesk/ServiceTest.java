package jp.kumiaidesk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.internal.CurrentInstance;

import jp.kumiaidesk.security.TestSignIn;

/**
 * Services against the real MariaDB (the embedded one, or {@code DB_URL}'s), signed in as the demo users. Tests
 * create their own records with unique names, so they do not depend on each other's order.
 * <p>
 * Every Spring test (services, views, browser journeys) runs in this one context with a real server on a random
 * port: Spring Security's static context-holder strategy is replaced by each new context, and method security in
 * an older context would no longer see a test's sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    protected JdbcTemplate jdbc;

    protected void signIn(String username) {
        TestSignIn.signIn(ctx, username);
    }

    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /**
     * Vaadin's security-context strategy prefers the current Vaadin session's context; a session left current by a
     * view test on this thread would hide the test's own sign-in.
     */
    @BeforeEach
    void forgetVaadinSession() {
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
