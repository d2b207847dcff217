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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import jp.kumiaidesk.KaribuTest;

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
        _click(_get(Button.class, spec -> spec.withId("recruitment-import-create-workplaces")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recruitment-import-summary")).getText())
                .contains("3行のうち 2行");
        _click(_get(Button.class, spec -> spec.withId("recruitment-import-confirm")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("recruitment?cohort=1660-04");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("recruitment-total-hires"))
                .getText()).isEqualTo("2");
    }

    @Test
    void a_recruiter_is_told_to_ask_the_administrator_for_missing_workplaces() {
        openAs("seinenbu", "recruitment/import");
        _get(ImportView.class).read(file("子 一,," + unique("謎の課") + ",正規,1661/4/1,新卒\n"));
        _assertNone(Button.class, spec -> spec.withId("recruitment-import-create-workplaces"));
        assertThat(_get(Button.class, spec -> spec.withId("recruitment-import-confirm")).isEnabled()).isFalse();
    }
}
