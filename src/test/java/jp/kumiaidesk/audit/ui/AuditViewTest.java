package jp.kumiaidesk.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.layout.NotFoundView;

class AuditViewTest extends KaribuTest {

    @Autowired
    TransactionOperations transactions;

    @Autowired
    ApplicationEventPublisher events;

    /** The lines of the "who" cell: the name, then the login name. */
    private static List<String> actor(Grid<?> grid, int row) {
        Component cell = GridKt._getCellComponent(grid, row, "actor");
        return cell.getChildren().map(c -> ((Div) c).getText()).toList();
    }

    @Test
    void a_person_is_shown_by_name_with_the_login_name_below_and_found_by_either() {
        String marker = unique("who-");
        signIn("shokichou");
        transactions.executeWithoutResult(tx -> events.publishEvent(AuditEntry.now("user.updated", "user", 1,
                marker)));
        openAs("admin", "admin/audit");
        Grid<?> grid = _get(Grid.class);
        type(_get(TextField.class, spec -> spec.withLabel("キーワード")), marker);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(actor(grid, 0)).containsExactly("佐藤 花子（書記長）", "shokichou");
        // an administrator types the name they see, or part of it; the login name still finds it
        TextField person = _get(TextField.class, spec -> spec.withLabel("ユーザー"));
        assertThat(person.getHelperText()).isEqualTo("氏名の一部またはログイン名");
        type(person, "書記長");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        type(person, "shokichou");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        type(person, "委員長");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void an_administrator_searches_the_trail_by_user() {
        openAs("admin", "admin/audit");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        type(_get(TextField.class, spec -> spec.withLabel("ユーザー")), "system");
        assertThat(GridKt._size(grid)).isPositive();
        for (int row = 0; row < Math.min(5, GridKt._size(grid)); row++) {
            assertThat(actor(grid, row)).containsExactly("システム（自動処理）", "system");
        }
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).isIn("ユーザー作成",
                "所属作成", "ユーザー変更", "所属変更"));
        type(_get(TextField.class, spec -> spec.withLabel("ユーザー")), "nobody-at-all");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void nobody_else_opens_the_audit_trail() {
        openAs("shokichou", "admin/audit");
        _get(NotFoundView.class);
    }
}
