package jp.kumiaidesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

class UserServiceTest extends ServiceTest {

    private static final String PASSWORD = "kumiai-password-1";

    @Autowired
    UserService users;

    @Autowired
    WorkplaceService workplaces;

    private long createRecruiter(String username, Set<Long> workplaceIds) {
        return users.create(username, PASSWORD,
                new UserForm("テスト 担当", "", Set.of(Role.RECRUITER), workplaceIds, true));
    }

    @Test
    void passwords_are_stored_hashed_with_the_delegating_encoder() {
        signIn("admin");
        String username = unique("tanaka");
        createRecruiter(username, Set.of());
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                username);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void user_names_are_unique_and_well_formed() {
        signIn("admin");
        assertRejected(() -> createRecruiter("iinchou", Set.of()), "username", "user.username-taken");
        assertRejected(() -> createRecruiter("Yamada Taro", Set.of()), "username", "user.username-format");
        assertRejected(() -> createRecruiter("", Set.of()), "username", "validation.required");
        assertRejected(() -> users.create(unique("u"), "short", new UserForm("名", "", Set.of(Role.EXECUTIVE),
                Set.of(), true)), "password", "password.too-short");
        assertRejected(() -> users.create(unique("u"), PASSWORD, new UserForm("<i>名</i>", "", Set.of(Role.EXECUTIVE),
                Set.of(), true)), "displayName", "validation.markup");
        assertRejected(() -> users.create(unique("u"), PASSWORD, new UserForm("名", "not-an-address",
                Set.of(Role.EXECUTIVE), Set.of(), true)), "email", "validation.email");
        assertRejected(() -> users.create(unique("u"), PASSWORD, new UserForm("名", "", Set.of(), Set.of(), true)),
                "roles", "user.roles-required");
        assertRejected(() -> createRecruiter(unique("u"), Set.of(999_999L)), "workplaceIds", "user.workplace-unknown");
    }

    private static void assertRejected(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldRejectedException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void a_recruiter_is_scoped_to_the_assigned_workplaces_and_executives_see_all() {
        signIn("admin");
        long nursery = workplaces.flatten().stream().filter(w -> w.name().equals("中央保育所"))
                .mapToLong(WorkplaceNode::id).findFirst().orElseThrow();
        String username = unique("sato");
        createRecruiter(username, Set.of(nursery));
        signIn(username);
        WorkplaceScope scope = users.currentScope();
        assertThat(scope.all()).isFalse();
        assertThat(scope.workplaceIds()).containsExactly(nursery);
        signIn("iinchou");
        assertThat(users.currentScope().all()).isTrue();
        signIn("shokikyoku");
        assertThat(users.currentScope()).isEqualTo(WorkplaceScope.NONE);
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() {
        signIn("admin");
        UserSummary admin = users.list(org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertRejected(() -> users.update(admin.id(), admin.version(), new UserForm(admin.displayName(), "",
                Set.of(Role.EXECUTIVE), Set.of(), true), ""), "roles", "user.cannot-drop-own-admin");
        assertRejected(() -> users.update(admin.id(), admin.version(), new UserForm(admin.displayName(), "",
                Set.of(Role.ADMIN), Set.of(), false), ""), "enabled", "user.cannot-disable-self");
    }

    @Test
    void a_rejected_new_password_leaves_the_whole_edit_unsaved() {
        signIn("admin");
        long id = createRecruiter(unique("kato"), Set.of());
        UserSummary before = users.get(id);
        assertRejected(() -> users.update(id, before.version(), new UserForm("新しい名前", "", Set.of(Role.RECRUITER),
                Set.of(), true), "short"), "password", "password.too-short");
        assertThat(users.get(id).displayName()).isEqualTo("テスト 担当");
    }

    @Test
    void the_second_of_two_concurrent_edits_gets_a_conflict() {
        signIn("admin");
        long id = createRecruiter(unique("ito"), Set.of());
        UserSummary opened = users.get(id);
        users.update(id, opened.version(), new UserForm("一人目", "", Set.of(Role.RECRUITER), Set.of(), true), "");
        assertThatThrownBy(() -> users.update(id, opened.version(), new UserForm("二人目", "", Set.of(Role.RECRUITER),
                Set.of(), true), "")).isInstanceOf(ConcurrentEditException.class);
        assertThat(users.get(id).displayName()).isEqualTo("一人目");
    }

    @Test
    void only_administrators_manage_users() {
        signIn("iinchou");
        assertThatThrownBy(() -> createRecruiter(unique("x"), Set.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn("seinenbu");
        assertThatThrownBy(() -> users.get(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void changing_ones_own_password_needs_the_current_one() {
        signIn("admin");
        String username = unique("mori");
        createRecruiter(username, Set.of());
        signIn(username);
        assertRejected(() -> users.changeOwnPassword("wrong-current", "another-password-2"), "currentPassword",
                "password.current-wrong");
        users.changeOwnPassword(PASSWORD, "another-password-2");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'user.password-changed' "
                + "and actor = ?", Integer.class, username)).isEqualTo(1);
    }
}
