package jp.kumiaidesk.recruitment.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.ConflictDialog;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.OffsetLimit;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.DeclineReason;
import jp.kumiaidesk.recruitment.HireRow;
import jp.kumiaidesk.recruitment.HireStatus;
import jp.kumiaidesk.recruitment.HqSurveyService;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.WorkplaceService;

/**
 * 新規採用者一覧 — the tracker, built for a phone: one card per new hire with the status chip (tap it, tap the new
 * status) and "log contact" one tap away. Recruiters see only their workplaces' hires.
 */
@Route("recruitment/hires")
@RolesAllowed({Roles.RECRUITER, Roles.EXECUTIVE, Roles.ADMIN})
final class HiresView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String WORKPLACE_PARAMETER = "workplace";

    private final RecruitmentService recruitment;
    private final WorkplaceService workplaces;
    private final HqSurveyService surveys;
    private final Select<CohortView> cohortSelect = new Select<>();
    private final Select<HireStatus> statusFilter = new Select<>();
    private final VirtualList<HireRow> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph();
    private CohortView cohort;
    private Long workplaceFilter;

    HiresView(RecruitmentService recruitment, WorkplaceService workplaces, HqSurveyService surveys) {
        this.recruitment = recruitment;
        this.surveys = surveys;
        this.workplaces = workplaces;
        addClassName("kd-view");
        addClassName("kd-fill");
        cohortSelect.setId("recruitment-cohort");
        cohortSelect.setLabel(getTranslation("recruitment.cohort"));
        cohortSelect.setItemLabelGenerator(c -> c.label(getLocale()));
        cohortSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(HiresView.class,
                        QueryParameters.of(RecruitmentView.COHORT_PARAMETER, e.getValue().code()));
            }
        });
        statusFilter.setLabel(getTranslation("hire.status"));
        statusFilter.setItems(HireStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("hire.status.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("hire.status.all")
                : getTranslation(s.translationKey()));
        statusFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("hire.add"), VaadinIcon.PLUS.create(), e -> openNew());
        add.setId("recruitment-add-hire");
        java.util.Locale locale = getLocale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = cohort == null ? new byte[0] : surveys.exportTrackerCsv(cohort.id(), locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(csv),
                    "new-hires-" + (cohort == null ? "" : cohort.code()) + ".csv", "text/csv;charset=UTF-8",
                    csv.length);
        }), getTranslation("hire.export-csv"));
        export.setId("recruitment-export-csv");
        FlexLayout toolbar = new FlexLayout(cohortSelect, statusFilter, add, export);
        toolbar.addClassName("kd-filters");
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::card));
        list.addClassName("kd-hire-list");
        empty.setVisible(false);
        add(toolbar, empty, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        List<CohortView> cohorts = recruitment.cohorts();
        String code = parameters.getSingleParameter(RecruitmentView.COHORT_PARAMETER).orElse(null);
        cohort = recruitment.choose(cohorts, code).orElse(null);
        workplaceFilter = parameters.getSingleParameter(WORKPLACE_PARAMETER).flatMap(HiresView::parseLong)
                .orElse(null);
        cohortSelect.setItems(cohorts);
        if (cohort != null) {
            cohortSelect.setValue(cohort);
        }
        refresh();
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void refresh() {
        if (cohort == null) {
            list.setItems(List.of());
            empty.setText(getTranslation("recruitment.no-cohorts"));
            empty.setVisible(true);
            return;
        }
        long cohortId = cohort.id();
        HireStatus status = statusFilter.getValue();
        Long workplace = workplaceFilter;
        int count = recruitment.countHires(cohortId, status, workplace);
        list.setDataProvider(DataProvider.fromCallbacks(query -> recruitment.hires(cohortId, status, workplace,
                OffsetLimit.of(query)).stream(), query -> count));
        boolean none = count == 0;
        empty.setText(getTranslation("hire.none"));
        empty.setVisible(none);
    }

    private Div card(HireRow hire) {
        Div card = new Div();
        card.addClassName("kd-hire-card");
        card.getElement().setAttribute("data-testid", "hire-card");
        Span name = new Span(hire.name() == null ? getTranslation("hire.purged") : hire.name());
        name.addClassName("kd-hire-name");
        Span kana = new Span(hire.kana() == null ? "" : hire.kana());
        kana.addClassName("kd-muted");
        Button open = new Button(getTranslation("hire.details"), e -> openDetail(hire.id()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div head = new Div(name, kana);
        head.addClassName("kd-hire-head");
        Span where = new Span(hire.workplaceName());
        where.addClassName("kd-muted");
        Button chip = new Button(getTranslation(hire.status().translationKey()), e -> chooseStatus(hire));
        chip.addClassNames("kd-chip", "kd-chip-" + hire.status().name().toLowerCase());
        chip.getElement().setAttribute("data-testid", "hire-status");
        Span next = new Span(hire.nextActionDate() == null ? ""
                : getTranslation("hire.next-action", UnionTime.date(hire.nextActionDate(), getLocale())));
        next.addClassName("kd-muted");
        Button contact = new Button(getTranslation("hire.log-contact"), VaadinIcon.COMMENT.create(),
                e -> new ContactDialog(recruitment, hire, this::refresh).open());
        contact.getElement().setAttribute("data-testid", "hire-log-contact");
        contact.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(chip, contact, open);
        actions.addClassName("kd-hire-actions");
        card.add(head, where, next, actions);
        return card;
    }

    /** First tap: the chip; second tap: the new status (未加入 asks for the reason). */
    private void chooseStatus(HireRow hire) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("hire-status-dialog");
        dialog.setHeaderTitle(hire.name() == null ? "" : hire.name());
        Div choices = new Div();
        choices.addClassName("kd-choices");
        for (HireStatus status : hire.status().next()) {
            Button choice = new Button(getTranslation(status.translationKey()), e -> {
                if (status == HireStatus.DECLINED) {
                    choices.removeAll();
                    for (DeclineReason reason : DeclineReason.values()) {
                        choices.add(new Button(getTranslation(reason.translationKey()),
                                r -> apply(dialog, hire, status, reason)));
                    }
                } else {
                    apply(dialog, hire, status, null);
                }
            });
            choice.addClassNames("kd-chip", "kd-chip-" + status.name().toLowerCase());
            choices.add(choice);
        }
        dialog.add(choices);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void apply(com.vaadin.flow.component.dialog.Dialog dialog, HireRow hire, HireStatus status,
            DeclineReason reason) {
        try {
            recruitment.changeStatus(hire.id(), hire.version(), status, reason);
            dialog.close();
            FormErrors.success(getTranslation("hire.status-changed", getTranslation(status.translationKey())));
            refresh();
        } catch (ConcurrentEditException conflict) {
            dialog.close();
            new ConflictDialog(this::refresh).open();
        }
    }

    private void openDetail(long id) {
        new HireDialog(recruitment, workplaces, cohort, recruitment.hire(id), this::refresh).open();
    }

    private void openNew() {
        if (cohort != null) {
            new HireDialog(recruitment, workplaces, cohort, null, this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "recruitment.tracker");
    }
}
