package jp.kumiaidesk.recruitment.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.BoundedUpload;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.HeavyWork;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.AppointmentListReader;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.HireImportService;
import jp.kumiaidesk.recruitment.HireImportService.Resolution;
import jp.kumiaidesk.recruitment.ImportRow;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.WorkplaceNode;

/**
 * 取り込み: upload the employer's appointment list (CSV or .xlsx), see every row with its problems, create the
 * workplaces the tree lacks, choose the cohort, and only then import — the valid rows, all at once.
 */
@Route("recruitment/import")
@RolesAllowed({Roles.RECRUITER, Roles.EXECUTIVE, Roles.ADMIN})
final class ImportView extends Main implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Larger files import in the background with a progress bar; smaller ones at once. */
    static final int BACKGROUND_FROM_ROWS = 500;

    private final HireImportService imports;
    private final HeavyWork heavyWork;
    private final RecruitmentService recruitment;
    private final boolean admin;
    private final Div preview = new Div();
    private final Select<YearMonth> cohort = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private HireImportService.Preview current;
    private final Map<String, Resolution> resolutions = new HashMap<>();

    ImportView(HireImportService imports, RecruitmentService recruitment, AuthenticationContext authentication,
            HeavyWork heavyWork) {
        this.heavyWork = heavyWork;
        this.imports = imports;
        this.recruitment = recruitment;
        this.admin = authentication.hasRole(Role.ADMIN.roleName());
        addClassName("kd-view");
        Upload upload = new Upload(BoundedUpload.inMemory(MAX_FILE_BYTES, (metadata, bytes) -> readInBackground(bytes),
                refused -> refused("import.file-rejected")));
        upload.setId("recruitment-import");
        Pickers.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> FormErrors.error(getTranslation("import.file-rejected")));
        cohort.setId("recruitment-import-cohort");
        cohort.setLabel(getTranslation("recruitment.cohort"));
        // 2026年4月採用 / April 2026 hires, as the cohort is named everywhere else
        cohort.setItemLabelGenerator(m -> CohortView.label(m, getLocale()));
        progress.setVisible(false);
        progress.setId("recruitment-import-progress");
        add(new Paragraph(getTranslation("import.help")), upload, progress, preview);
    }

    /** Also the entry point for tests: what the upload hands over. */
    void read(byte[] bytes) {
        resolutions.clear();
        try {
            show(imports.preview(bytes));
        } catch (AppointmentListReader.UnreadableFile e) {
            refused(e.messageKey());
        } catch (HeavyWork.Busy e) {
            refused(e.messageKey());
        }
    }

    /** An upload is read off the request thread, within {@link HeavyWork}'s limits (queued when they are reached). */
    private void readInBackground(byte[] bytes) {
        UI ui = UI.getCurrent();
        HeavyWork.Ticket<HireImportService.Preview> ticket = heavyWork.submit(() -> imports.preview(bytes));
        if (ticket.queued()) {
            FormErrors.success(getTranslation("work.queued"));
        }
        ticket.result().whenComplete((read, failure) -> ui.access(() -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            if (cause == null) {
                show(read);
            } else if (cause instanceof AppointmentListReader.UnreadableFile e) {
                refused(e.messageKey());
            } else if (cause instanceof HeavyWork.Busy e) {
                refused(e.messageKey());
            } else {
                refused("import.unreadable");
            }
        }));
    }

    /** Why the file was not taken: next to the upload until the next file, and as a notification. */
    private void refused(String messageKey) {
        preview.removeAll();
        Paragraph error = new Paragraph(getTranslation(messageKey));
        error.setId("recruitment-import-error");
        error.addClassName("kd-error");
        preview.add(error);
        FormErrors.error(getTranslation(messageKey));
    }

    private void show(HireImportService.Preview p) {
        current = p;
        preview.removeAll();
        TreeSet<YearMonth> months = recruitment.cohorts().stream().map(CohortView::month)
                .collect(Collectors.toCollection(TreeSet::new));
        months.add(p.suggestedCohort());
        cohort.setItems(months.descendingSet());
        cohort.setValue(p.suggestedCohort());
        Paragraph summary = new Paragraph(getTranslation("import.summary", p.rows().size(), p.validCount(),
                p.errorCount()));
        summary.setId("recruitment-import-summary");
        preview.add(new H3(getTranslation("import.preview")), summary, cohort);
        if (!p.unknown().isEmpty()) {
            preview.add(resolutions(p));
        }
        Grid<ImportRow> rows = new Grid<>();
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("hire.name")).setAutoWidth(true);
        rows.addColumn(ImportRow::workplace).setHeader(getTranslation("workplace.name")).setAutoWidth(true);
        rows.addColumn(r -> UnionTime.date(r.hireDate(), getLocale())).setHeader(getTranslation("hire.hire-date"))
                .setAutoWidth(true);
        rows.addColumn(r -> r.status() == null ? "" : getTranslation(r.status().translationKey()))
                .setHeader(getTranslation("hire.status")).setAutoWidth(true);
        rows.addColumn(r -> r.errors().stream().map(this::getTranslation).collect(Collectors.joining("、")))
                .setHeader(getTranslation("import.problems")).setFlexGrow(1);
        rows.setPartNameGenerator(r -> r.valid() ? null : "kd-error-row");
        rows.setItems(p.rows());
        rows.setId("recruitment-import-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.setHeight("24rem");
        Button confirm = new Button(getTranslation("import.confirm-plan", p.validCount(), p.mappedCount(),
                p.createdCount(), p.skippedCount(), p.problemCount()), e -> confirm());
        confirm.setId("recruitment-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(p.validCount() > 0);
        preview.add(rows, confirm);
    }

    /**
     * Per unknown name a choice (id {@code import-resolve-<n>}): map to one of the likeliest workplaces (remembered
     * for next year), create it (administrators; under the parent its path names, or one chosen), or skip its rows.
     */
    private Div resolutions(HireImportService.Preview p) {
        Div box = new Div(new H3(getTranslation("import.resolve.title")),
                new Paragraph(getTranslation("import.resolve.help")));
        box.addClassName("kd-card");
        box.setId("recruitment-import-unknown");
        List<WorkplaceNode> all = admin ? recruitment.workplacesInScope() : List.of();
        int n = 0;
        for (HireImportService.UnknownWorkplace unknown : p.unknown()) {
            long rowCount = p.rows().stream().filter(r -> r.workplace().equals(unknown.name())).count();
            Select<Resolution> choice = new Select<>();
            choice.setId("import-resolve-" + n++);
            choice.setLabel(getTranslation("import.resolve.label", unknown.name(), rowCount));
            List<Resolution> options = new ArrayList<>();
            unknown.suggestions().forEach(w -> options.add(Resolution.map(w.id())));
            if (admin) {
                options.add(Resolution.create(unknown.parentId()));
            }
            options.add(Resolution.skip());
            Resolution chosen = resolutions.get(unknown.name());
            if (chosen != null && !options.contains(chosen)) {
                options.add(chosen);
            }
            choice.setItems(options);
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("import.resolve.choose"));
            choice.setItemLabelGenerator(r -> r == null ? getTranslation("import.resolve.choose")
                    : label(r, unknown, all));
            choice.setWidth("min(36rem, 100%)");
            choice.setValue(chosen);
            FlexLayout line = new FlexLayout(choice);
            line.addClassName("kd-filters");
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.setAlignItems(FlexLayout.Alignment.BASELINE);
            if (chosen != null && chosen.kind() == Resolution.Kind.CREATE) {
                ComboBox<WorkplaceNode> parent = new ComboBox<>(getTranslation("import.resolve.parent"));
                parent.setId("import-resolve-parent-" + (n - 1));
                parent.setItems(all);
                parent.setItemLabelGenerator(WorkplaceNode::path);
                parent.setClearButtonVisible(true);
                parent.setPlaceholder(getTranslation("import.resolve.root"));
                all.stream().filter(w -> chosen.parentId() != null && w.id() == chosen.parentId()).findFirst()
                        .ifPresent(parent::setValue);
                parent.addValueChangeListener(e -> choose(unknown.name(),
                        Resolution.create(e.getValue() == null ? null : e.getValue().id())));
                line.add(parent);
            }
            choice.addValueChangeListener(e -> choose(unknown.name(), e.getValue()));
            box.add(line);
        }
        if (!admin) {
            box.add(new Paragraph(getTranslation("import.ask-admin")));
        }
        return box;
    }

    private String label(Resolution r, HireImportService.UnknownWorkplace unknown, List<WorkplaceNode> all) {
        return switch (r.kind()) {
            case MAP -> getTranslation("import.resolve.map", unknown.suggestions().stream()
                    .filter(w -> w.id() == r.workplaceId()).findFirst().map(WorkplaceNode::path).orElse(""));
            case CREATE -> {
                String parent = r.parentId() == null ? null : all.stream().filter(w -> w.id() == r.parentId())
                        .findFirst().map(WorkplaceNode::path).orElse(unknown.parentPath());
                String leaf = java.util.Objects.equals(r.parentId(), unknown.parentId())
                        ? String.join("/", unknown.missing()) : unknown.missing().getLast();
                yield parent == null ? getTranslation("import.resolve.create-root", leaf)
                        : getTranslation("import.resolve.create", leaf, parent);
            }
            case SKIP -> getTranslation("import.resolve.skip");
        };
    }

    private void choose(String name, Resolution resolution) {
        if (resolution == null) {
            resolutions.remove(name);
        } else {
            resolutions.put(name, resolution);
        }
        show(imports.recheck(current.rows(), cohort.getValue(), resolutions));
    }

    private void confirm() {
        YearMonth month = cohort.getValue();
        List<ImportRow> rows = current.rows();
        Map<String, Resolution> chosen = Map.copyOf(resolutions);
        long valid = imports.recheck(rows, month, chosen).validCount();
        if (valid < BACKGROUND_FROM_ROWS) {
            done(month, imports.confirm(month, rows, chosen, n -> { }));
            return;
        }
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        preview.setEnabled(false);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                int imported = imports.confirm(month, rows, chosen,
                        n -> ui.access(() -> progress.setValue(Math.min(1.0, n / (double) valid))));
                ui.access(() -> done(month, imported));
            } catch (RuntimeException failure) {
                ui.access(() -> {
                    progress.setVisible(false);
                    preview.setEnabled(true);
                    FormErrors.error(getTranslation("import.failed"));
                });
            }
        }));
    }

    private void done(YearMonth month, int imported) {
        progress.setVisible(false);
        preview.setEnabled(true);
        preview.removeAll();
        FormErrors.success(getTranslation("import.done", imported));
        UI.getCurrent().navigate(RecruitmentView.class, QueryParameters.of(RecruitmentView.COHORT_PARAMETER,
                month.getYear() + "-" + String.format("%02d", month.getMonthValue())));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "import.title");
    }
}
