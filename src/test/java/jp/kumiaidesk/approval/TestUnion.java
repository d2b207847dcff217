package jp.kumiaidesk.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.security.TestSignIn;
import jp.kumiaidesk.security.UserForm;
import jp.kumiaidesk.security.UserService;

/**
 * A union whose executive committee is exactly the people a test names, inside one transaction that is rolled
 * back at the end: the test's users, their drafts, decisions and any policy it saves vanish with it, and the demo
 * executives (disabled meanwhile) are back as they were. Service calls join the transaction.
 */
public final class TestUnion {

    public record Member(String username, String displayName) {
    }

    private final ApplicationContext ctx;
    private final String tag = Long.toString(System.nanoTime(), 36);
    private final List<Member> members = new ArrayList<>();

    private TestUnion(ApplicationContext ctx) {
        this.ctx = ctx;
    }

    public static void run(ApplicationContext ctx, Consumer<TestUnion> test) {
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        tx.executeWithoutResult(status -> {
            try {
                ctx.getBean(JdbcTemplate.class).update("update app_user set enabled = false where id in "
                        + "(select user_id from app_user_role where role = 'EXECUTIVE')");
                test.accept(new TestUnion(ctx));
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    /** A new member with these roles (an executive counts as one of the union's executives). */
    public String member(String role, Role... roles) {
        String username = "u" + tag + "-" + members.size();
        TestSignIn.signIn(ctx, "admin");
        ctx.getBean(UserService.class).create(username, "correct-horse-battery-" + tag,
                new UserForm(role + " " + tag, null, Set.of(roles), Set.of(), true));
        members.add(new Member(username, role + " " + tag));
        return username;
    }

    public void signIn(String username) {
        TestSignIn.signIn(ctx, username);
    }
}
