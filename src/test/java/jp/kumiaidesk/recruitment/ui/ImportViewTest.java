package jp.kumiaidesk.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.recruitment.HireImportService.Resolution;

class ImportViewTest extends KaribuTest {

    private static byte[] file(String body) {
        return ("氏名,フリガナ,所属,雇用形態,採用日,採用区分\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_administrator_previews_creates_the_missing_workplace_and_imports() {
        openAs("admin", "recruitment/import");
        _get(Upload.class, spec -> spec.withId("recruitment-import"));
        String unknown = unique("臨時課");
        _get(ImportView.class).read(file("辛 八郎,,市民課,正規,1660/4/1,新卒\n壬 九郎,," + unknown
                + ",正規,1660/4/1,新卒\n癸 十郎,,市民課,正規,1660/13/1,新卒\n"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recruitment-import-summary")).getText())
                .contains("3行のうち 1行");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("recruitment-import-rows")))).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Select<Resolution> choice = _get(Select.class, spec -> spec.withId("import-resolve-0"));
        type(choice, Resolution.create(null));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recruitment-import-summary")).getText())
                .contains("3行のうち 2行");
        assertThat(_get(Button.class, spec -> spec.withId("recruitment-import-confirm")).getText())
                .isEqualTo("2人を取り込む（読み替え 0件・所属の作成 1件・取り込まない行 0行・問題のある行 1行）");
        _click(_get(Button.class, spec -> spec.withId("recruitment-import-confirm")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("recruitment?cohort=1660-04");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("recruitment-total-hires"))
                .getText()).isEqualTo("2");
    }

    @Test
    void each_typo_is_mapped_created_under_its_parent_or_skipped_and_the_button_says_so() {
        openAs("admin", "recruitment/import");
        String west = unique("南保育所");
        String nowhere = unique("幻の係");
        _get(ImportView.class).read(file("一 郎,,東保育園,正規,1662/4/1,新卒\n"
                + "二 郎,,東保育園,正規,1662/4/1,新卒\n"
                + "三 郎,,保険年金科,正規,1662/4/1,新卒\n"
                + "四 郎,,福祉部/保育所/" + west + ",正規,1662/4/1,新卒\n"
                + "五 郎,," + nowhere + ",正規,1662/4/1,新卒\n"));
        assertThat(resolve(0).getLabel()).isEqualTo("「東保育園」（2行）");
        assertThat(resolve(0).getListDataView().getItems().map(r -> resolve(0).getItemLabelGenerator().apply(r)))
                .contains("「市長部局/福祉部/保育所/東保育所」に読み替える", "この名前の行は取り込まない");
        type(resolve(0), resolve(0).getListDataView().getItem(0));
        type(resolve(1), resolve(1).getListDataView().getItem(0));
        Resolution create = resolve(2).getListDataView().getItems()
                .filter(r -> r.kind() == Resolution.Kind.CREATE).findFirst().orElseThrow();
        assertThat(resolve(2).getItemLabelGenerator().apply(create))
                .isEqualTo("「市長部局/福祉部/保育所」の下に「" + west + "」を作成する");
        type(resolve(2), create);
        type(resolve(3), Resolution.skip());
        Button confirm = _get(Button.class, spec -> spec.withId("recruitment-import-confirm"));
        assertThat(confirm.getText())
                .isEqualTo("4人を取り込む（読み替え 2件・所属の作成 1件・取り込まない行 1行・問題のある行 0行）");
        int workplaces = jdbc.queryForObject("select count(*) from workplace", Integer.class);
        _click(confirm);
        assertThat(jdbc.queryForObject("select count(*) from workplace", Integer.class)).isEqualTo(workplaces + 1);
        assertThat(jdbc.queryForObject("select count(*) from new_hire where hire_date = '1662-04-01'",
                Integer.class)).isEqualTo(4);
    }

    @SuppressWarnings("unchecked")
    private static Select<Resolution> resolve(int n) {
        return _get(Select.class, spec -> spec.withId("import-resolve-" + n));
    }

    @Test
    void in_english_the_cohort_choice_reads_in_english() {
        login("admin");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("recruitment/import");
        _get(ImportView.class).read(file("甲 英語,,市民課,正規,1663/4/1,新卒\n"));
        @SuppressWarnings("unchecked")
        Select<java.time.YearMonth> cohort = _get(Select.class, spec -> spec.withId("recruitment-import-cohort"));
        assertThat(cohort.getItemLabelGenerator().apply(cohort.getValue())).isEqualTo("April 1663 hires");
    }

    @Test
    void a_recruiter_is_told_to_ask_the_administrator_for_missing_workplaces() {
        openAs("seinenbu", "recruitment/import");
        _get(ImportView.class).read(file("子 一,," + unique("謎の課") + ",正規,1661/4/1,新卒\n"));
        assertThat(resolve(0).getListDataView().getItems()).noneMatch(r -> r.kind() == Resolution.Kind.CREATE);
        assertThat(_get(Button.class, spec -> spec.withId("recruitment-import-confirm")).isEnabled()).isFalse();
    }
}
