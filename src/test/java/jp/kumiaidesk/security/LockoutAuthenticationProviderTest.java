package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.LostNode;
import jp.kumiaidesk.base.Role;

class LockoutAuthenticationProviderTest extends ServiceTest {

    private static final String PASSWORD = "correct-horse-1";

    @Autowired
    LockoutAuthenticationProvider provider;

    @Autowired
    UserService users;

    private String newUser() {
        signIn("admin");
        String username = unique("login");
        users.create(username, PASSWORD, new UserForm("ログイン テスト", "", Set.of(Role.SECRETARIAT), Set.of(), true));
        signOut();
        return username;
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private Authentication attempt(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void the_right_password_signs_in_with_the_users_roles() {
        String username = newUser();
        Authentication result = attempt(username, PASSWORD);
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_SECRETARIAT");
        Authentication viaManager = new org.springframework.security.authentication.ProviderManager(provider)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        assertThat(((SignedInUser) viaManager.getPrincipal()).getPassword()).as("hash erased after login").isNull();
    }

    /**
     * {@code body} while the transactions that write the first {@code refusals} audit entries of {@code action} for
     * {@code username} have their COMMIT refused as a database node cut off from the cluster refuses it (error 1180);
     * returns how many such transactions were tried. A listener beside the audit trail's, for this test only.
     */
    private int withAuditRefused(String username, String action, int refusals, Runnable body) {
        AtomicInteger tries = new AtomicInteger();
        ApplicationListener<ApplicationEvent> refuse = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof AuditEntry entry
                    && entry.actor().equals(username) && entry.action().equals(action)
                    && tries.incrementAndGet() <= refusals) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        throw LostNode.commitRefused();
                    }
                });
            }
        };
        ConfigurableApplicationContext context = (ConfigurableApplicationContext) ctx;
        context.addApplicationListener(refuse);
        try {
            body.run();
            return tries.get();
        } finally {
            context.removeApplicationListener(refuse);
        }
    }

    @Test
    void a_sign_in_whose_bookkeeping_meets_a_database_node_cut_off_from_the_cluster_gets_in_all_the_same() {
        // chaos run 20's partition: the sign-in's COMMIT went to the cut-off node (error 1180) and the member got an
        // error page
        String username = newUser();
        Authentication[] result = new Authentication[1];
        int tried = withAuditRefused(username, "login.succeeded", 1, () -> result[0] = attempt(username, PASSWORD));

        assertThat(result[0].isAuthenticated()).isTrue();
        assertThat(tried).as("attempts of the bookkeeping").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = "
                + "'login.succeeded'", Integer.class, username)).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_refused_as_usual_when_its_count_cannot_be_written() {
        // a failed attempt's count is not written twice (it adds one), so it is not run again: the refusal stands
        String username = newUser();
        int tried = withAuditRefused(username, "login.failed", 10, () -> assertThatThrownBy(
                () -> attempt(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class)
                        .hasMessage(LockoutAuthenticationProvider.REFUSED));

        assertThat(tried).as("attempts of the bookkeeping").isEqualTo(1);
        assertThat(attempt(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void after_five_wrong_passwords_the_next_attempt_waits_and_the_owner_is_told_but_it_is_no_lockout() {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        // too soon: even the right password is refused, with the same answer as a wrong one
        assertThatThrownBy(() -> attempt(username, PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(LockoutAuthenticationProvider.REFUSED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.locked' and actor = ?",
                Integer.class, username)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.throttled' "
                + "and actor = ?", Integer.class, username)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and message_key = ?",
                Integer.class, username, "notification.login-throttled")).isEqualTo(1);
        java.time.Instant until = jdbc.queryForObject("select locked_until from app_user where username = ?",
                java.sql.Timestamp.class, username).toInstant();
        assertThat(until).as("a short wait, not a lock-out").isBefore(java.time.Instant.now().plusSeconds(61));

        signIn("admin");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        users.unlock(id);
        signOut();
        assertThat(attempt(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_and_real_users_get_the_same_answer_at_every_step() {
        String real = newUser();
        String ghost = unique("ghost");
        for (int i = 0; i < 7; i++) {
            Throwable forReal = catchThrowable(() -> attempt(real, "wrong"));
            Throwable forGhost = catchThrowable(() -> attempt(ghost, "wrong"));
            assertThat(forGhost).as("attempt " + i).isExactlyInstanceOf(forReal.getClass())
                    .hasMessage(forReal.getMessage());
        }
    }

    @Test
    void a_disabled_account_is_refused_like_a_wrong_password() {
        String username = newUser();
        signIn("admin");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        UserSummary user = users.get(id);
        users.update(id, user.version(), new UserForm(user.displayName(), "", user.roles(), Set.of(), false), "");
        signOut();
        assertThatThrownBy(() -> attempt(username, PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(LockoutAuthenticationProvider.REFUSED);
    }

    @Test
    void unknown_users_fail_like_wrong_passwords_and_are_audited() {
        String ghost = unique("ghost");
        assertThatThrownBy(() -> attempt(ghost, "whatever")).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.failed' and actor = ?",
                Integer.class, ghost)).isEqualTo(1);
    }

    @Test
    void signing_in_does_not_turn_an_administrators_open_edit_into_a_conflict() {
        String username = newUser();
        long version = jdbc.queryForObject("select version from app_user where username = ?", Long.class, username);
        attempt(username, PASSWORD);
        assertThat(jdbc.queryForObject("select version from app_user where username = ?", Long.class, username))
                .isEqualTo(version);
    }
}
