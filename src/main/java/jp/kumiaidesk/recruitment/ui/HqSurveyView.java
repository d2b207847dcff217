package jp.kumiaidesk.recruitment.ui;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.Funnel;
import jp.kumiaidesk.recruitment.HqQuestion;
import jp.kumiaidesk.recruitment.HqSheet;
import jp.kumiaidesk.recruitment.HqSurvey;
import jp.kumiaidesk.recruitment.HqSurveyForm;
import jp.kumiaidesk.recruitment.HqSurveyService;
import jp.kumiaidesk.security.CurrentUser;

/**
 * 県本部アンケート: the HQ's 実態共有用アンケート of one year — the figures the tree and the tracker count, the
 * answers only the union can give (each beside last year's), and the .xlsx to send to the HQ.
 */
@Route("recruitment/survey")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
final class HqSurveyView extends Main implements HasDynamicTitle {

    /** The competing federations the HQ's own example names; anything else can be typed. */
    static final List<String> FEDERATIONS = List.of("全労連・自治労連", "旧全官公", "全労連・医労連", HqSheet.NONE);

    private final HqSurveyService surveys;
    private final CurrentUser currentUser;
    private final IntegerField year = new IntegerField();
    private final TextField prefecture = new TextField();
    private final TextField union = new TextField();
    private final TextField respondent = new TextField();
    private final ComboBox<String> federation = new ComboBox<>();
    private final IntegerField competitor = new IntegerField();
    private final Map<HqQuestion, TextArea> texts = new EnumMap<>(HqQuestion.class);
    private final Map<HqQuestion, Div> lastYear = new EnumMap<>(HqQuestion.class);
    private final Div figures = new Div();
    private final FormErrors errors = new FormErrors();
    private long version;

    HqSurveyView(HqSurveyService surveys, CurrentUser currentUser) {
        this.surveys = surveys;
        this.currentUser = currentUser;
        addClassName("kd-view");
        year.setLabel(getTranslation("survey.year"));
        year.setValue(UnionTime.today().minusMonths(3).getYear());
        year.setStepButtonsVisible(true);
        year.setId("survey-year");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load();
            }
        });
        prefecture.setLabel(getTranslation("survey.prefecture"));
        union.setLabel(getTranslation("survey.union"));
        respondent.setLabel(getTranslation("survey.respondent"));
        federation.setLabel(getTranslation("survey.competitor-federation"));
        federation.setHelperText(getTranslation("survey.competitor-federation-help"));
        federation.setItems(FEDERATIONS);
        // federations are proper names and stay as written; "none" is a word of the screen, stored as the HQ's なし
        String none = getTranslation("survey.federation-none");
        federation.setItemLabelGenerator(f -> HqSheet.NONE.equals(f) ? none : f);
        federation.setAllowCustomValue(true);
        federation.addCustomValueSetListener(e -> federation.setValue(
                e.getDetail().strip().equalsIgnoreCase(none) ? HqSheet.NONE : e.getDetail()));
        competitor.setLabel(getTranslation("survey.competitor-members"));
        competitor.setMin(0);
        for (TextField f : List.of(prefecture, union, respondent)) {
            f.setMaxLength(HqSurveyForm.NAME_MAX_LENGTH);
        }
        errors.field(HqSurveyService.FIELD_PREFECTURE, prefecture).field(HqSurveyService.FIELD_UNION, union)
                .field(HqSurveyService.FIELD_RESPONDENT, respondent)
                .field(HqSurveyService.FIELD_FEDERATION, federation)
                .field(HqSurveyService.FIELD_COMPETITOR, competitor);
        FormLayout who = new FormLayout(year, prefecture, union, respondent, federation, competitor);
        figures.setId("survey-figures");
        figures.addClassName("kd-card");

        Div answers = new Div(new H3(getTranslation("survey.answers")));
        for (HqQuestion q : HqQuestion.values()) {
            TextArea text = new TextArea(getTranslation(q.translationKey()));
            text.setMaxLength(HqSurveyForm.TEXT_MAX_LENGTH);
            text.setId("survey-" + q.name());
            text.getStyle().set("flex", "1 1 20rem");
            errors.field(HqSurveyService.field(q), text);
            texts.put(q, text);
            Div before = new Div();
            before.setId("survey-last-" + q.name());
            before.addClassName("kd-muted");
            before.getStyle().set("flex", "1 1 16rem").set("white-space", "pre-wrap");
            lastYear.put(q, before);
            FlexLayout line = new FlexLayout(text, before);
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.addClassName("kd-filters");
            answers.add(line);
        }

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("survey-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            int y = year.getValue() == null ? UnionTime.today().getYear() : year.getValue();
            byte[] xlsx = surveys.exportXlsx(y, null);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "hq-survey-" + y + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), getTranslation("survey.export"));
        export.setId("survey-export");
        FlexLayout actions = new FlexLayout(save, export);
        actions.addClassName("kd-filters");
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        add(new Paragraph(getTranslation("survey.help")), who, figures, answers, actions);
        load();
    }

    private void load() {
        errors.clear();
        int y = year.getValue();
        HqSurveyForm form = surveys.answers(y);
        version = form.version();
        prefecture.setValue(form.prefecture() == null ? "" : form.prefecture());
        union.setValue(form.unionName() == null ? "" : form.unionName());
        respondent.setValue(form.respondent() == null || form.respondent().isBlank() ? currentUser.displayName()
                : form.respondent());
        federation.setValue(form.competitorFederation() == null || form.competitorFederation().isBlank() ? null
                : form.competitorFederation());
        competitor.setValue(form.competitorMembers());
        HqSurveyForm previous = surveys.answers(y - 1);
        for (HqQuestion q : HqQuestion.values()) {
            texts.get(q).setValue(form.answer(q));
            String before = previous.answer(q);
            lastYear.get(q).setText(getTranslation("survey.last-year", String.valueOf(y - 1),
                    before.isEmpty() ? getTranslation("survey.no-answer") : before));
        }
        showFigures(surveys.survey(y, null));
    }

    private void showFigures(HqSurvey s) {
        figures.removeAll();
        Funnel hires = s.hires();
        figures.add(new H3(getTranslation("survey.figures", UnionTime.date(s.asOf(), getLocale()))),
                line("survey-figure-members", getTranslation("survey.figure.members", s.ourMembers(),
                        s.competitorMembers() == null ? "—" : String.valueOf(s.competitorMembers()))),
                line("survey-figure-rate", getTranslation("survey.figure.rate", Funnel.format(s.ourRate()),
                        Funnel.format(s.competitorRate()), s.staff())),
                line("survey-figure-non-members", getTranslation("survey.figure.non-members",
                        s.nonMembers() == null ? "—" : String.valueOf(s.nonMembers()))),
                line("survey-figure-hires", getTranslation("survey.figure.hires", hires.hires(), hires.joined(),
                        hires.competitor(), s.hiresNotJoined())),
                line("survey-figure-undecided", getTranslation("survey.figure.undecided", s.hiresUndecided(),
                        hires.declined())));
    }

    private static Div line(String id, String text) {
        Div line = new Div(text);
        line.setId(id);
        return line;
    }

    private void save() {
        Map<HqQuestion, String> answers = new EnumMap<>(HqQuestion.class);
        texts.forEach((q, area) -> answers.put(q, area.getValue()));
        HqSurveyForm form = new HqSurveyForm(year.getValue(), version, prefecture.getValue(), union.getValue(),
                respondent.getValue(), federation.getValue(), competitor.getValue(), answers);
        if (errors.submit(() -> surveys.save(form), this::load)) {
            load();
            FormErrors.success(getTranslation("action.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "survey.title");
    }
}
