package jp.kumiaidesk;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kumiaidesk.security.TestSignIn;

/**
 * Services against the real MariaDB (the embedded one, or {@code DB_URL}'s), signed in as the demo users. Tests
 * create their own records with unique names, so they do not depend on each other's order.
 */
@SpringBootTest
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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
