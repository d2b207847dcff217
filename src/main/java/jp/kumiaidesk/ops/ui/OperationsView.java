package jp.kumiaidesk.ops.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.ops.BackupRun;
import jp.kumiaidesk.ops.BackupSchedule;

/** 運用: the last backup's result, where and when backups are made, and a backup on demand. */
@Route("admin/operations")
@Menu(order = 93, title = "menu.operations", icon = "vaadin:database")
@RolesAllowed(Roles.ADMIN)
final class OperationsView extends Main implements HasDynamicTitle {

    private final BackupSchedule schedule;
    private final Div last = new Div();

    OperationsView(BackupSchedule schedule) {
        this.schedule = schedule;
        addClassName("kd-view");
        last.setId("backup-last");
        Paragraph where = new Paragraph(getTranslation("ops.backup.where", schedule.directory().toString(),
                schedule.cron(), schedule.retentionDays()));
        Button now = new Button(getTranslation("ops.backup.now"));
        now.setId("backup-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.addClickListener(e -> {
            show(schedule.backUpNow());
            now.setEnabled(true);
        });
        add(new H2(getTranslation("ops.backup.title")), last, where, now);
        schedule.last().ifPresentOrElse(this::show, () -> last.setText(getTranslation("ops.backup.none")));
    }

    private void show(BackupRun run) {
        String when = UnionTime.dateTime(run.startedAt(), getLocale());
        last.setText(run.succeeded()
                ? getTranslation("ops.backup.succeeded", when, run.fileName(), run.bytes() == null ? 0 : run.bytes())
                : getTranslation("ops.backup.failed", when, run.message()));
        last.getElement().setAttribute("data-succeeded", Boolean.toString(run.succeeded()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "menu.operations");
    }
}
