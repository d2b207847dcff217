package jp.kumiaidesk.workplace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.workplace.WorkplaceForm;
import jp.kumiaidesk.workplace.WorkplaceService;

class WorkplacesViewTest extends KaribuTest {

    @Autowired
    WorkplaceService workplaces;

    @Test
    void an_executive_reads_the_tree_with_rates_and_the_union_total_but_cannot_edit() {
        openAs("iinchou", "workplaces");
        TreeGrid<?> grid = _get(TreeGrid.class);
        assertThat(GridKt._size(grid)).isGreaterThan(10);
        assertThat(_get(Div.class, spec -> spec.withId("workplace-union-rate")).getElement().getTextRecursively())
                .startsWith("組合全体の組織率 ").contains("%");
        _assertNone(Button.class, spec -> spec.withId("workplace-add"));
    }

    @Test
    void an_administrator_adds_a_workplace_through_the_dialog() {
        openAs("admin", "workplaces");
        int rowsBefore = GridKt._size(_get(TreeGrid.class));
        _click(_get(Button.class, spec -> spec.withId("workplace-add")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("workplace-dialog"));
        String name = unique("危機管理室");
        type(_get(dialog, TextField.class, spec -> spec.withLabel("所属名")), name);
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("正規職員数")), 12);
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("非正規職員数")), 3);
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("組合員数")), 9);
        _click(_get(dialog, Button.class, spec -> spec.withId("workplace-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(_get(TreeGrid.class))).isEqualTo(rowsBefore + 1);
        assertThat(workplaces.flatten()).anySatisfy(w -> {
            assertThat(w.name()).isEqualTo(name);
            assertThat(w.rate().formatted()).isEqualTo("60.0%");
        });
    }

    @Test
    void bad_input_is_shown_next_to_the_field_and_the_dialog_keeps_what_was_typed() {
        openAs("admin", "workplaces");
        _click(_get(Button.class, spec -> spec.withId("workplace-add")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("workplace-dialog"));
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("所属名"));
        Button save = _get(dialog, Button.class, spec -> spec.withId("workplace-save"));

        _click(save);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("入力してください");

        type(name, "<script>x</script>");
        _click(save);
        assertThat(name.getErrorMessage()).isEqualTo("「<」「>」は使えません");
        assertThat(name.getValue()).isEqualTo("<script>x</script>");

        type(name, "人事課");
        IntegerField members = _get(dialog, IntegerField.class, spec -> spec.withLabel("組合員数"));
        type(members, 5);
        _click(save);
        assertThat(members.isInvalid()).isTrue();
        assertThat(members.getErrorMessage()).contains("超えています");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_second_editor_gets_a_conflict_dialog_and_keeps_their_input() {
        login("admin");
        long id = workplaces.create(null, new WorkplaceForm(unique("契約課"), 4, 0, 2));
        com.vaadin.flow.component.UI.getCurrent().navigate("workplaces");
        // the row's edit button opens this dialog (grid cells are not rendered without a browser)
        new WorkplaceDialog(workplaces, null, workplaces.find(id).orElseThrow(), () -> { }).open();
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("workplace-dialog"));
        // someone else saves first
        var node = workplaces.find(id).orElseThrow();
        workplaces.update(id, node.version(), new WorkplaceForm(node.name(), 5, 0, 2));
        type(_get(dialog, IntegerField.class, spec -> spec.withLabel("正規職員数")), 40);
        _click(_get(dialog, Button.class, spec -> spec.withId("workplace-save")));
        _get(Dialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(_get(dialog, IntegerField.class, spec -> spec.withLabel("正規職員数")).getValue()).isEqualTo(40);
        assertThat(workplaces.find(id).orElseThrow().regularStaff()).isEqualTo(5);
    }

    @Test
    void a_recruiter_cannot_open_the_workplace_administration() {
        openAs("seinenbu", "workplaces");
        _get(NotFoundView.class);
        _assertNone(TreeGrid.class);
    }
}
