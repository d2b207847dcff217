package jp.kumiaidesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.layout.NotFoundView;

class UsersViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private void fill(Dialog dialog, String username, String displayName, String password, Set<Role> roles) {
        type(_get(dialog, TextField.class, spec -> spec.withLabel("ユーザー名")), username);
        type(_get(dialog, TextField.class, spec -> spec.withLabel("表示名")), displayName);
        type((CheckboxGroup<Role>) _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("役割")), roles);
        type(_get(dialog, PasswordField.class, spec -> spec.withLabel("パスワード")), password);
        type(_get(dialog, PasswordField.class, spec -> spec.withLabel("新しいパスワード（確認）")), password);
    }

    @Test
    void an_administrator_creates_a_recruiter_assigned_to_a_workplace() {
        openAs("admin", "admin/users");
        Grid<?> grid = _get(Grid.class);
        int before = GridKt._size(grid);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("user-dialog"));
        String username = unique("kobayashi");
        fill(dialog, username, "小林 健", "kobayashi-pass-1", Set.of(Role.RECRUITER));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> workplacesBox = _get(dialog, MultiSelectComboBox.class,
                spec -> spec.withLabel("担当する所属"));
        Object first = workplacesBox.getListDataView().getItem(0);
        type(workplacesBox, Set.of(first));
        _click(_get(dialog, Button.class, spec -> spec.withId("user-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from app_user_workplace w join app_user u on u.id = w.user_id "
                + "where u.username = ?", Integer.class, username)).isEqualTo(1);
    }

    @Test
    void mistakes_are_explained_next_to_each_field_and_nothing_is_saved() {
        openAs("admin", "admin/users");
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("user-dialog"));
        Button save = _get(dialog, Button.class, spec -> spec.withId("user-save"));
        TextField username = _get(dialog, TextField.class, spec -> spec.withLabel("ユーザー名"));

        fill(dialog, "iinchou", "重複", "long-enough-pass", Set.of(Role.EXECUTIVE));
        _click(save);
        assertThat(username.getErrorMessage()).isEqualTo("このユーザー名は使われています");

        fill(dialog, unique("ok"), "名前", "short", Set.of(Role.EXECUTIVE));
        _click(save);
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel("パスワード"));
        assertThat(password.getErrorMessage()).isEqualTo("短すぎます（12文字以上）");

        type(password, "long-enough-pass");
        _click(save);
        assertThat(_get(dialog, PasswordField.class, spec -> spec.withLabel("新しいパスワード（確認）"))
                .getErrorMessage()).isEqualTo("確認用のパスワードが一致しません");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("表示名")).getValue()).isEqualTo("名前");
    }

    @Test
    void an_executive_cannot_manage_users() {
        openAs("iinchou", "admin/users");
        _get(NotFoundView.class);
    }
}
