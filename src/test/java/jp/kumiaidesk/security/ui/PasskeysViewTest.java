package jp.kumiaidesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.RouteTable;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.layout.MainLayout;
import jp.kumiaidesk.security.MfaPolicy;
import jp.kumiaidesk.security.TestPasskeys;
import jp.kumiaidesk.security.TestSignIn;
import jp.kumiaidesk.security.UserForm;
import jp.kumiaidesk.security.UserService;

/** Passkeys on the account page, the administrator's reset, and a password-only sign-in that opens nothing. */
class PasskeysViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Autowired
    MfaPolicy policy;

    private final java.util.List<String> created = new java.util.ArrayList<>();

    /** An executive of the test's own, disabled afterwards: it would be one more approver for other tests. */
    private String executive() {
        signIn("admin");
        String name = unique("pk");
        users.create(name, "kumiai-password-1", new UserForm("鍵 太郎", name + "@example.jp",
                Set.of(Role.EXECUTIVE), Set.of(), true));
        created.add(name);
        return name;
    }

    @org.junit.jupiter.api.AfterEach
    void retireExecutives() {
        created.forEach(name -> jdbc.update("update app_user set enabled = false where username = ?", name));
    }

    @Test
    void the_account_page_lists_the_users_passkeys_and_removes_one() {
        String name = executive();
        TestPasskeys.seed(jdbc, name, "仕事用パソコン");
        TestPasskeys.seed(jdbc, name, "スマートフォン");
        openAs(name, "account/passkeys");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("passkeys"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            labels.add(GridKt._getFormattedRow(grid, row).getFirst());
        }
        assertThat(labels).containsExactlyInAnyOrder("仕事用パソコン", "スマートフォン");

        _click((Button) GridKt._getCellComponent(grid, 0, "remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(TestPasskeys.count(jdbc, name)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
                Integer.class, name, "passkey.removed")).isEqualTo(1);
    }

    @Test
    void without_passkeys_the_page_says_so_and_whether_the_role_needs_one() {
        String name = executive();
        Set<Role> before = policy.requiredRoles();
        policy.setRequiredRoles(Set.of(Role.EXECUTIVE));
        try {
            openAs(name, "account/passkeys");
            assertThat(_get(Paragraph.class, spec -> spec.withId("passkeys-empty")).getText())
                    .isEqualTo("登録されたパスキーはありません");
            assertThat(_get(Paragraph.class, spec -> spec.withId("passkeys-help")).getText()).contains("必要です");
        } finally {
            policy.setRequiredRoles(before);
        }
    }

    @Test
    void an_administrator_resets_a_users_passkeys() {
        String name = executive();
        TestPasskeys.seed(jdbc, name, "仕事用パソコン");
        TestPasskeys.seed(jdbc, name, "セキュリティキー");
        openAs("admin", "admin/users");
        Grid<?> grid = _get(Grid.class);
        signIn("admin");
        long id = users.list(PageRequest.of(0, 10_000)).stream().filter(u -> u.username().equals(name))
                .findFirst().orElseThrow().id();
        int row = 0;
        while (!GridKt._getFormattedRow(grid, row).getFirst().equals(name)) {
            row++;
        }
        GridKt._clickItem(grid, row);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("user-dialog"));
        Button reset = _get(Button.class, spec -> spec.withId("user-reset-factors"));
        assertThat(reset.getText()).isEqualTo("パスキーをリセット（2件）");
        _click(reset);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(TestPasskeys.count(jdbc, name)).isZero();
        assertThat(reset.getText()).isEqualTo("パスキーをリセット（0件）");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'admin' and action = ?"
                + " and target_id = ?", Integer.class, "mfa.reset", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void a_password_only_sign_in_reaches_no_route_and_no_service() {
        String name = executive();
        for (String template : RouteTable.routes().keySet()) {
            if (template.startsWith("login")) {
                continue;
            }
            newVaadinSession();
            Authentication pending = TestSignIn.signInPending(ctx, name);
            login(pending);
            String path = template.equals("/") ? "" : template.replaceAll(":[a-z]+", "1");
            UI.getCurrent().navigate(path);
            assertThat(_find(SecondFactorView.class)).as(template).hasSize(1);
            assertThat(_find(MainLayout.class)).as(template).isEmpty();
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as(template)
                    .isEqualTo("login/mfa");
        }
        TestSignIn.signInPending(ctx, name);
        assertThatThrownBy(() -> users.withRole(Role.EXECUTIVE)).as("signed in, but a role-less one")
                .isInstanceOf(AccessDeniedException.class);
    }
}
