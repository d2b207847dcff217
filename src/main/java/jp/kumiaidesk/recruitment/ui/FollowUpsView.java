package jp.kumiaidesk.recruitment.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.FollowUpService;
import jp.kumiaidesk.recruitment.FollowUpService.Line;
import jp.kumiaidesk.recruitment.FollowUpWindow;
import jp.kumiaidesk.recruitment.RecruitmentService;

/**
 * フォロー状況: for executives, who is behind in a cohort — per recruiter and per workplace, the hires not contacted
 * two weeks after starting, passed next actions and the undecided — and the cohort's recruitment window, editable.
 */
@Route("recruitment/follow-ups")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
final class FollowUpsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RecruitmentService recruitment;
    private final FollowUpService followUps;
    private final Select<CohortView> cohortSelect = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph state = new Paragraph();
    private final Div content = new Div();
    private final FormErrors errors = new FormErrors();
    private CohortView cohort;

    FollowUpsView(RecruitmentService recruitment, FollowUpService followUps) {
        this.recruitment = recruitment;
        this.followUps = followUps;
        addClassName("kd-view");
        cohortSelect.setId("follow-up-cohort");
        cohortSelect.setLabel(getTranslation("recruitment.cohort"));
        cohortSelect.setItemLabelGenerator(c -> c.label(getLocale()));
        cohortSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(FollowUpsView.class,
                        QueryParameters.of(RecruitmentView.COHORT_PARAMETER, e.getValue().code()));
            }
        });
        from.setId("follow-up-window-from");
        from.setLabel(getTranslation("follow-up.window-from"));
        to.setId("follow-up-window-to");
        to.setLabel(getTranslation("follow-up.window-to"));
        Pickers.localize(from);
        Pickers.localize(to);
        errors.field(FollowUpService.FIELD_WINDOW_TO, to);
        Button save = new Button(getTranslation("follow-up.window-save"), e -> saveWindow());
        save.setId("follow-up-window-save");
        FlexLayout toolbar = new FlexLayout(cohortSelect, from, to, save);
        toolbar.addClassName("kd-filters");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);
        state.setId("follow-up-window-state");
        add(toolbar, state, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<CohortView> cohorts = recruitment.cohorts();
        String code = event.getLocation().getQueryParameters().getSingleParameter(RecruitmentView.COHORT_PARAMETER)
                .orElse(null);
        cohort = recruitment.choose(cohorts, code).orElse(null);
        cohortSelect.setItems(cohorts);
        if (cohort != null) {
            cohortSelect.setValue(cohort);
        }
        show();
    }

    private void show() {
        content.removeAll();
        if (cohort == null) {
            state.setText(getTranslation("recruitment.no-cohorts"));
            return;
        }
        FollowUpService.Overview overview = followUps.overview(cohort.id());
        from.setValue(overview.window().from());
        to.setValue(overview.window().to());
        state.setText(getTranslation(overview.running() ? "follow-up.window-running" : "follow-up.window-closed",
                UnionTime.date(overview.window().from(), getLocale()),
                UnionTime.date(overview.window().to(), getLocale())));
        content.add(new H3(getTranslation("follow-up.by-recruiter")),
                grid("follow-up-by-recruiter", overview.byRecruiter(), "follow-up.recruiter"),
                new H3(getTranslation("follow-up.by-workplace")),
                grid("follow-up-by-workplace", overview.byWorkplace(), "workplace.name"));
    }

    private Div grid(String id, List<Line> lines, String nameKey) {
        Grid<Line> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(l -> l.name() == null ? getTranslation("follow-up.unassigned") : l.name())
                .setHeader(getTranslation(nameKey)).setAutoWidth(true).setFrozen(true);
        grid.addColumn(Line::notContacted).setHeader(getTranslation("follow-up.not-contacted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Line::overdue).setHeader(getTranslation("follow-up.overdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Line::undecided).setHeader(getTranslation("follow-up.undecided"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Line::hires).setHeader(getTranslation("recruitment.hires"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(l -> l.notContacted() + l.overdue() > 0 ? "kd-error-row" : null);
        Div box = new Div(grid);
        box.addClassName("kd-table-scroll");
        return box;
    }

    private void saveWindow() {
        if (cohort == null) {
            return;
        }
        errors.clear();
        if (errors.submit(() -> followUps.setWindow(cohort.id(), new FollowUpWindow(from.getValue(), to.getValue())),
                this::show)) {
            FormErrors.success(getTranslation("action.saved"));
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "follow-up.title");
    }
}
