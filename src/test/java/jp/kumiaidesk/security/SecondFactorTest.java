package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.Role;

/** Which roles need the second factor, what the password alone gives them, and the limits on e-mailed codes. */
class SecondFactorTest extends ServiceTest {

    private static final String PASSWORD = "correct-horse-2";

    @Autowired
    LockoutAuthenticationProvider provider;

    @Autowired
    MfaPolicy policy;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    UserService users;

    private Set<Role> before;

    @BeforeEach
    void requireForExecutives() {
        before = policy.requiredRoles();
        policy.setRequiredRoles(Set.of(Role.EXECUTIVE));
    }

    private final java.util.List<String> created = new java.util.ArrayList<>();

    @AfterEach
    void restore() {
        policy.setRequiredRoles(before);
        // an executive left enabled would be one more approver for every other test's policy
        created.forEach(name -> jdbc.update("update app_user set enabled = false where username = ?", name));
    }

    private String newUser(Role role) {
        signIn("admin");
        String username = unique("mfa");
        users.create(username, PASSWORD, new UserForm("二要素 テスト", "", Set.of(role), Set.of(), true));
        created.add(username);
        SecurityContextHolder.clearContext();
        return username;
    }

    @Test
    void the_setting_defaults_to_admins_and_executives_except_in_demo_mode_and_can_be_turned_off() {
        assertThat(MfaPolicy.parse("", false)).isEqualTo(EnumSet.of(Role.ADMIN, Role.EXECUTIVE));
        assertThat(MfaPolicy.parse("", true)).isEmpty();
        assertThat(MfaPolicy.parse("none", false)).isEmpty();
        assertThat(MfaPolicy.parse("executive, Secretariat", true))
                .isEqualTo(EnumSet.of(Role.EXECUTIVE, Role.SECRETARIAT));
    }

    @Test
    void the_password_alone_gives_a_required_role_a_sign_in_without_roles() {
        String executive = newUser(Role.EXECUTIVE);
        Authentication pending = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(executive,
                PASSWORD));
        assertThat(pending.isAuthenticated()).isTrue();
        assertThat(pending.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(SecondFactor.PENDING);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'mfa.required'",
                Integer.class, executive)).isEqualTo(1);

        String secretariat = newUser(Role.SECRETARIAT);
        Authentication full = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(secretariat,
                PASSWORD));
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_SECRETARIAT")
                .doesNotContain(SecondFactor.PENDING);
    }

    @Test
    void wrong_codes_are_refused_and_after_ten_an_hour_every_code_is() {
        String executive = newUser(Role.EXECUTIVE);
        Authentication pending = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(executive,
                PASSWORD));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        assertThat(secondFactor.sendCode()).as("no e-mail address").isFalse();
        for (int i = 0; i < SecondFactor.WRONG_CODES_PER_HOUR; i++) {
            assertThat(secondFactor.checkCode("not-a-code-" + i)).isEqualTo(SecondFactor.Outcome.REFUSED);
        }
        assertThat(secondFactor.checkCode("another")).isEqualTo(SecondFactor.Outcome.TOO_MANY);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
                Integer.class, executive, "mfa.code-refused")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
                Integer.class, executive, "mfa.code-failed")).isEqualTo(10);
    }

    @Test
    void an_account_disabled_meanwhile_gets_no_full_sign_in() {
        String executive = newUser(Role.EXECUTIVE);
        Authentication pending = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(executive,
                PASSWORD));
        jdbc.update("update app_user set enabled = false where username = ?", executive);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        assertThat(secondFactor.complete("passkey")).isEmpty();
    }
}
