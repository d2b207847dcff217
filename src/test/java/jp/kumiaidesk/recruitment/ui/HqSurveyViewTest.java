package jp.kumiaidesk.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;
import jp.kumiaidesk.recruitment.HqSurveyForm;
import jp.kumiaidesk.recruitment.HqSurveyService;

class HqSurveyViewTest extends KaribuTest {

    @Autowired
    HqSurveyService surveys;

    @Test
    void an_executive_fills_in_the_years_answers_beside_last_years() {
        login("shokichou");
        int year = 2500 + (int) (System.nanoTime() % 400);
        surveys.save(new HqSurveyForm(year - 1, -1, "みなと県本部", "みなと市職員労働組合", "", "", null,
                Map.of(HqQuestion.NEW_HIRE_TROUBLES, "昨年は説明会に呼ばれなかった")));
        openAs("shokichou", "recruitment/survey");
        type(_get(IntegerField.class, spec -> spec.withLabel("年度")), year);
        assertThat(_get(Div.class, spec -> spec.withId("survey-last-NEW_HIRE_TROUBLES")).getText())
                .isEqualTo((year - 1) + "年度の回答: 昨年は説明会に呼ばれなかった");
        assertThat(_get(TextField.class, spec -> spec.withLabel("記入者お名前")).getValue()).isEqualTo("佐藤 花子（書記長）");
        type(_get(TextField.class, spec -> spec.withLabel("県本部")), "みなと県本部");
        type(_get(ComboBox.class, spec -> spec.withLabel("競合組合の上部団体")), "全労連・自治労連");
        type(_get(IntegerField.class, spec -> spec.withLabel("競合組合の組織人員数")), 80);
        type(_get(TextArea.class, spec -> spec.withLabel("新規採用者組織化で悩んでいること")), "説明会の時間が取れない");
        _click(_get(Button.class, spec -> spec.withId("survey-save")));
        HqSurveyForm saved = surveys.answers(year);
        assertThat(saved.answer(HqQuestion.NEW_HIRE_TROUBLES)).isEqualTo("説明会の時間が取れない");
        assertThat(saved.competitorMembers()).isEqualTo(80);
        assertThat(saved.competitorFederation()).isEqualTo("全労連・自治労連");
        assertThat(saved.respondent()).isEqualTo("佐藤 花子（書記長）");
        assertThat(_get(Div.class, spec -> spec.withId("survey-figure-members")).getText()).contains("競合組合 80人");
        assertThat(_get(Anchor.class, spec -> spec.withId("survey-export")).getHref()).isNotBlank();
    }

    @Test
    void in_english_no_federation_is_a_word_of_the_screen_and_federations_stay_as_named() {
        login("shokichou");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("recruitment/survey");
        @SuppressWarnings("unchecked")
        ComboBox<String> federation = _get(ComboBox.class, spec -> spec.withLabel("Competing union's federation"));
        assertThat(ComboBoxKt.getSuggestions(federation))
                .containsExactly("全労連・自治労連", "旧全官公", "全労連・医労連", "None");
        assertThat(federation.getHelperText()).isEqualTo("Choose \"None\" when there is no competing union");
        // typed as the screen says it, stored as the HQ's sheet has it
        ComboBoxKt._fireCustomValueSet(federation, "none");
        assertThat(federation.getValue()).isEqualTo(HqSheet.NONE);
        ComboBoxKt._fireCustomValueSet(federation, "県職労連合");
        assertThat(federation.getValue()).isEqualTo("県職労連合");
    }

    @Test
    void a_rejected_answer_is_shown_next_to_it_and_nothing_typed_is_lost() {
        openAs("iinchou", "recruitment/survey");
        int year = 2000 + (int) (System.nanoTime() % 400);
        type(_get(IntegerField.class, spec -> spec.withLabel("年度")), year);
        TextArea requests = _get(TextArea.class, spec -> spec.withLabel("県本部・本部への要望"));
        type(requests, "<script>x</script>");
        type(_get(TextArea.class, spec -> spec.withLabel("組合活動の可視化")), "掲示板を毎週更新");
        _click(_get(Button.class, spec -> spec.withId("survey-save")));
        assertThat(requests.isInvalid()).isTrue();
        assertThat(requests.getErrorMessage()).isNotBlank();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("組合活動の可視化")).getValue()).isEqualTo("掲示板を毎週更新");
        assertThat(surveys.answers(year).version()).as("nothing saved").isEqualTo(-1);
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
