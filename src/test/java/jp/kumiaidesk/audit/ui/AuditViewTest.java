package jp.kumiaidesk.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.layout.NotFoundView;

class AuditViewTest extends KaribuTest {

    @Test
    void an_administrator_searches_the_trail_by_user() {
        openAs("admin", "admin/audit");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        type(_get(TextField.class, spec -> spec.withLabel("ユーザー")), "system");
        assertThat(GridKt._size(grid)).isPositive();
        for (int row = 0; row < Math.min(5, GridKt._size(grid)); row++) {
            assertThat(GridKt._getFormattedRow(grid, row)).contains("system");
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
