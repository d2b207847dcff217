package jp.kumiaidesk.hq.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.hq.TestSheets;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.recruitment.HqSheet;

class HqRollupViewTest extends KaribuTest {

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void in_english_a_union_without_a_competitor_reads_none_and_federation_names_stay_as_written() {
        login("kenhonbu");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("recruitment/hq");
        int year = 7400 + (int) (System.nanoTime() % 400);
        type(_get(IntegerField.class, spec -> spec.withId("hq-year")), year);
        HqRollupView view = _get(HqRollupView.class);
        view.received("1.xlsx", TestSheets.workbook(TestSheets.tidy(year, "一市職労", 100, 50, 10, "全労連・自治労連")));
        view.received("2.xlsx", TestSheets.workbook(TestSheets.tidy(year, "二町職労", 20, 10, 0, HqSheet.NONE)));
        @SuppressWarnings("unchecked")
        Grid<jp.kumiaidesk.hq.UnionRow> unions = _get(Grid.class, spec -> spec.withId("hq-unions"));
        Grid.Column<jp.kumiaidesk.hq.UnionRow> federation = GridKt._getColumnByHeader(unions,
                "Competitor federation");
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(unions); i++) {
            shown.add(GridKt._getFormatted(federation, GridKt._get(unions, i)));
        }
        assertThat(shown).containsExactlyInAnyOrder("全労連・自治労連", "None");
    }

    @Test
    void the_hq_uploads_five_unions_and_reads_the_totals_the_charts_and_each_sheets_problems() {
        openAs("kenhonbu", "recruitment/hq");
        int year = 7000 + (int) (System.nanoTime() % 400);
        type(_get(IntegerField.class, spec -> spec.withId("hq-year")), year);
        _get(Upload.class, spec -> spec.withId("hq-upload"));
        HqRollupView view = _get(HqRollupView.class);
        view.received("1.xlsx", TestSheets.workbook(TestSheets.tidy(year, "一市職労", 100, 50, 10, "全労連・自治労連")));
        view.received("2.xlsx", TestSheets.workbook(TestSheets.tidy(year, "二町職労", 20, 10, 0, HqSheet.NONE)));
        view.received("3.xlsx", TestSheets.workbook(TestSheets.tidy(year, "三村職労", 10, 4, 2, "旧全官公")));
        view.received("4.xlsx", TestSheets.workbook(TestSheets.tidy(year, "四市職労", 50, 20, 0, HqSheet.NONE)));
        view.received("5.xlsx", TestSheets.workbook(new TestSheets.Sheet("五", List.of(
                TestSheets.row("単組", "五町職労"), TestSheets.row("新規採用者数", "２０人"),
                TestSheets.row("自治労加入者数", 6), TestSheets.row("競合加入者数", "なし"),
                TestSheets.row("未加入者数", "十四")))));
        view.received("notes.txt", "メモ".getBytes(StandardCharsets.UTF_8));

        assertThat(text("hq-total-hires")).isEqualTo("200");
        assertThat(text("hq-total-joined")).isEqualTo("90");
        assertThat(text("hq-total-competitor")).isEqualTo("12");
        assertThat(text("hq-total-declined")).isEqualTo("84");
        assertThat(text("hq-rate")).isEqualTo("45.0%");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("hq-unions")))).isEqualTo(5);
        assertThat(_get(Div.class, spec -> spec.withId("hq-chart-join-rate")).getElement()
                .getAttribute("data-option")).contains("一市職労").contains("45");
        assertThat(_get(Div.class, spec -> spec.withId("hq-chart-competitor")).getElement()
                .getAttribute("data-option")).contains("全労連・自治労連").contains("競合組合なし");
        List<String> results = _find(Div.class, spec -> spec.withId("hq-upload-results")).getFirst().getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(results).hasSize(6);
        assertThat(results.get(4)).contains("五町職労").contains("数として読めません（未加入者数: 十四）");
        assertThat(results.get(5)).contains("notes.txt").contains("読み込めませんでした");
        assertThat(_get(Details.class, spec -> spec.withId("hq-answers-NEW_HIRE_EFFORTS")).getElement()
                .getTextRecursively()).contains("一市職労は歓迎会で声かけ");
    }

    @Test
    void the_hq_sees_its_roll_up_and_account_pages_only() {
        openAs("kenhonbu", "");
        assertThat(menuItems().stream().map(i -> i.attr("data-testid")).toList())
                .containsExactlyInAnyOrder("nav-home", "nav-recruitment/hq", "nav-notifications");
        for (String route : List.of("recruitment", "recruitment/hires", "recruitment/import", "recruitment/survey",
                "workplaces", "sns", "bargaining", "newsletters", "admin/users", "admin/audit")) {
            UI.getCurrent().navigate(route);
            _get(NotFoundView.class);
        }
        UI.getCurrent().navigate("account/password");
        assertThat(_find(NotFoundView.class)).isEmpty();
    }

    @Test
    void union_officers_do_not_open_the_prefectures_roll_up() {
        for (String user : List.of("iinchou", "admin", "seinenbu", "shokikyoku")) {
            openAs(user, "recruitment/hq");
            _get(NotFoundView.class);
        }
    }
}
