package jp.kumiaidesk.recruitment.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import jp.kumiaidesk.recruitment.ImportRow;
import jp.kumiaidesk.recruitment.RecruitmentService;

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
        cohort.setItemLabelGenerator(m -> m.getYear() + "年" + m.getMonthValue() + "月採用");
        progress.setVisible(false);
        progress.setId("recruitment-import-progress");
        add(new Paragraph(getTranslation("import.help")), upload, progress, preview);
    }

    /** Also the entry point for tests: what the upload hands over. */
    void read(byte[] bytes) {
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
        if (!p.unknownWorkplaces().isEmpty()) {
            Div unknown = new Div(new Paragraph(getTranslation("import.unknown-workplaces",
                    String.join("、", p.unknownWorkplaces()))));
            unknown.addClassName("kd-card");
            if (admin) {
                Button create = new Button(getTranslation("import.create-workplaces", p.unknownWorkplaces().size()),
                        e -> {
                            int created = imports.createWorkplaces(p.unknownWorkplaces());
                            FormErrors.success(getTranslation("import.workplaces-created", created));
                            show(imports.recheck(p.rows(), cohort.getValue()));
                        });
                create.setId("recruitment-import-create-workplaces");
                unknown.add(create);
            } else {
                unknown.add(new Paragraph(getTranslation("import.ask-admin")));
            }
            preview.add(unknown);
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
        Button confirm = new Button(getTranslation("import.confirm", p.validCount()), e -> confirm());
        confirm.setId("recruitment-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(p.validCount() > 0);
        preview.add(rows, confirm);
    }

    private void confirm() {
        YearMonth month = cohort.getValue();
        List<ImportRow> rows = current.rows();
        long valid = imports.recheck(rows, month).validCount();
        if (valid < BACKGROUND_FROM_ROWS) {
            done(month, imports.confirm(month, rows, n -> { }));
            return;
        }
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        preview.setEnabled(false);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                int imported = imports.confirm(month, rows,
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
