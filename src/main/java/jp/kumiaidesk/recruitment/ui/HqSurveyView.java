package jp.kumiaidesk.recruitment.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.HqSurveyForm;
import jp.kumiaidesk.recruitment.HqSurveyService;

/** 県本部アンケートの回答: what the tracker cannot count, kept per year for the .xlsx export. */
@Route("recruitment/survey")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
final class HqSurveyView extends Main implements HasDynamicTitle {

    private final IntegerField year = new IntegerField();
    private final IntegerField competitor = new IntegerField();
    private final TextArea how = new TextArea();
    private final TextArea troubles = new TextArea();
    private long version;

    HqSurveyView(HqSurveyService surveys) {
        addClassName("kd-view");
        year.setLabel(getTranslation("survey.year"));
        year.setValue(UnionTime.today().getYear());
        year.setStepButtonsVisible(true);
        competitor.setLabel(getTranslation("survey.competitor-members"));
        competitor.setMin(0);
        how.setLabel(getTranslation("survey.how-we-recruit"));
        how.setMaxLength(HqSurveyForm.TEXT_MAX_LENGTH);
        troubles.setLabel(getTranslation("survey.troubles"));
        troubles.setMaxLength(HqSurveyForm.TEXT_MAX_LENGTH);
        FormErrors errors = new FormErrors().field(HqSurveyService.FIELD_COMPETITOR, competitor)
                .field(HqSurveyService.FIELD_HOW, how).field(HqSurveyService.FIELD_TROUBLES, troubles);
        Runnable load = () -> {
            HqSurveyForm form = surveys.answers(year.getValue());
            version = form.version();
            competitor.setValue(form.competitorMembers());
            how.setValue(form.howWeRecruit() == null ? "" : form.howWeRecruit());
            troubles.setValue(form.troubles() == null ? "" : form.troubles());
        };
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load.run();
            }
        });
        load.run();
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.submit(() -> surveys.save(new HqSurveyForm(year.getValue(), version, competitor.getValue(),
                    how.getValue(), troubles.getValue())), load)) {
                load.run();
                FormErrors.success(getTranslation("action.saved"));
            }
        });
        save.setId("survey-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(year, competitor, how, troubles);
        form.setColspan(how, 2);
        form.setColspan(troubles, 2);
        add(new Paragraph(getTranslation("survey.help")), form, save);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "survey.title");
    }
}
