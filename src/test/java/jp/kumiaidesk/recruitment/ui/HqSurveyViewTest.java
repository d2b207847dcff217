package jp.kumiaidesk.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.recruitment.HqSurveyService;

class HqSurveyViewTest extends KaribuTest {

    @Autowired
    HqSurveyService surveys;

    @Test
    void an_executive_keeps_the_years_answers() {
        openAs("shokichou", "recruitment/survey");
        int year = 2500 + (int) (System.nanoTime() % 400);
        type(_get(IntegerField.class, spec -> spec.withLabel("年度")), year);
        type(_get(IntegerField.class, spec -> spec.withLabel("競合組合の組織人員数")), 80);
        type(_get(TextArea.class, spec -> spec.withLabel("悩み・課題")), "説明会の時間が取れない");
        _click(_get(Button.class, spec -> spec.withId("survey-save")));
        assertThat(surveys.answers(year).troubles()).isEqualTo("説明会の時間が取れない");
        assertThat(surveys.answers(year).competitorMembers()).isEqualTo(80);
    }

    @Test
    void the_dashboard_offers_the_export_to_executives() {
        openAs("iinchou", "recruitment");
        assertThat(_get(Anchor.class, spec -> spec.withId("recruitment-export-hq")).getHref()).isNotBlank();
    }

    @Test
    void recruiters_get_neither_the_export_nor_the_survey_page() {
        openAs("seinenbu", "recruitment");
        _assertNone(Anchor.class, spec -> spec.withId("recruitment-export-hq"));
        openAs("seinenbu", "recruitment/survey");
        _get(NotFoundView.class);
    }
}
