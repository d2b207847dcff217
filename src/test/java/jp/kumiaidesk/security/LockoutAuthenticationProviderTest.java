package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import jp.kumiaidesk.ServiceTest;
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

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one_and_say_so() {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(AccountLockedException.class);
        assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(AccountLockedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.locked' and actor = ?",
                Integer.class, username)).isEqualTo(1);

        signIn("admin");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        users.unlock(id);
        signOut();
        assertThat(attempt(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        String username = newUser();
        signIn("admin");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        UserSummary user = users.get(id);
        users.update(id, user.version(), new UserForm(user.displayName(), "", user.roles(), Set.of(), false), "");
        signOut();
        assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(DisabledException.class);
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
