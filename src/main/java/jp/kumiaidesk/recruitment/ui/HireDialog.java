package jp.kumiaidesk.recruitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.CohortView;
import jp.kumiaidesk.recruitment.ContactView;
import jp.kumiaidesk.recruitment.DeclineReason;
import jp.kumiaidesk.recruitment.EmploymentType;
import jp.kumiaidesk.recruitment.EscalationStage;
import jp.kumiaidesk.recruitment.HireDetail;
import jp.kumiaidesk.recruitment.HireForm;
import jp.kumiaidesk.recruitment.HireRoute;
import jp.kumiaidesk.recruitment.HireStatus;
import jp.kumiaidesk.recruitment.RecruitmentService;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** Adds a new hire by hand, or shows one with the contact log and lets the recruiter edit everything. */
final class HireDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField kana = new TextField();
    private final ComboBox<WorkplaceNode> workplace = new ComboBox<>();
    private final Select<EmploymentType> employment = new Select<>();
    private final DatePicker hireDate = new DatePicker();
    private final Select<HireRoute> route = new Select<>();
    private final TextField recruiter = new TextField();
    private final Select<HireStatus> status = new Select<>();
    private final Select<DeclineReason> reason = new Select<>();
    private final Select<EscalationStage> stage = new Select<>();
    private final DatePicker nextAction = new DatePicker();

    HireDialog(RecruitmentService recruitment, WorkplaceService workplaces, CohortView cohort, HireDetail detail,
            Runnable onSaved) {
        setId("hire-dialog");
        setHeaderTitle(getTranslation(detail == null ? "hire.add" : "hire.edit"));
        setWidth("min(44rem, 100vw)");
        label(name, "hire.name");
        name.setMaxLength(HireForm.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        label(kana, "hire.kana");
        kana.setMaxLength(HireForm.NAME_MAX_LENGTH);
        workplace.setLabel(getTranslation("workplace.name"));
        workplace.setItems(recruitment.workplacesInScope());
        workplace.setItemLabelGenerator(WorkplaceNode::path);
        workplace.setRequiredIndicatorVisible(true);
        enumSelect(employment, "hire.employment", EmploymentType.values(), EmploymentType::translationKey);
        hireDate.setLabel(getTranslation("hire.hire-date"));
        Pickers.localize(hireDate);
        hireDate.setRequiredIndicatorVisible(true);
        enumSelect(route, "hire.route", HireRoute.values(), HireRoute::translationKey);
        label(recruiter, "hire.recruiter");
        recruiter.setMaxLength(50);
        enumSelect(status, "hire.status", HireStatus.values(), HireStatus::translationKey);
        enumSelect(reason, "hire.decline-reason", DeclineReason.values(), DeclineReason::translationKey);
        enumSelect(stage, "hire.stage", EscalationStage.values(), EscalationStage::translationKey);
        nextAction.setLabel(getTranslation("hire.next-action-date"));
        Pickers.localize(nextAction);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == HireStatus.DECLINED));

        FormErrors errors = new FormErrors().field(RecruitmentService.FIELD_NAME, name)
                .field(RecruitmentService.FIELD_KANA, kana).field(RecruitmentService.FIELD_WORKPLACE, workplace)
                .field(RecruitmentService.FIELD_HIRE_DATE, hireDate)
                .field(RecruitmentService.FIELD_DECLINE_REASON, reason);
        FormLayout form = new FormLayout(name, kana, workplace, employment, hireDate, route, status, reason, stage,
                nextAction, recruiter);
        add(form);
        long[] version = {0};
        long id = detail == null ? 0 : detail.hire().id();
        if (detail == null) {
            show(HireForm.of("", "", 0, EmploymentType.REGULAR, cohort.month().atDay(1), HireRoute.NEW_GRADUATE),
                    workplaces);
        } else {
            version[0] = detail.hire().version();
            show(detail.hire().toForm(), workplaces);
            add(contactLog(detail));
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            HireForm values = new HireForm(name.getValue(), kana.getValue(),
                    workplace.getValue() == null ? 0 : workplace.getValue().id(), employment.getValue(),
                    hireDate.getValue(), route.getValue(), recruiter.getValue(), status.getValue(),
                    reason.getValue(), stage.getValue(), nextAction.getValue());
            boolean saved = errors.submit(() -> {
                if (detail == null) {
                    recruitment.addHire(cohort.id(), values);
                } else {
                    recruitment.updateHire(id, version[0], values);
                }
            }, () -> {
                HireDetail fresh = recruitment.hire(id);
                version[0] = fresh.hire().version();
                show(fresh.hire().toForm(), workplaces);
            });
            if (saved) {
                FormErrors.success(getTranslation("action.saved"));
                onSaved.run();
                close();
            }
        });
        save.setId("hire-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void show(HireForm form, WorkplaceService workplaces) {
        name.setValue(form.name() == null ? "" : form.name());
        kana.setValue(form.kana() == null ? "" : form.kana());
        workplace.getListDataView().getItems().filter(w -> w.id() == form.workplaceId()).findFirst()
                .ifPresentOrElse(workplace::setValue, workplace::clear);
        employment.setValue(form.employmentType());
        hireDate.setValue(form.hireDate());
        route.setValue(form.route());
        recruiter.setValue(form.recruiter() == null ? "" : form.recruiter());
        status.setValue(form.status());
        reason.setValue(form.declineReason());
        reason.setVisible(form.status() == HireStatus.DECLINED);
        stage.setValue(form.stage());
        nextAction.setValue(form.nextActionDate());
    }

    private Div contactLog(HireDetail detail) {
        Div log = new Div(new H4(getTranslation("hire.contacts")));
        log.setId("hire-contacts");
        if (detail.contacts().isEmpty()) {
            log.add(new Div(getTranslation("hire.no-contacts")));
        }
        for (ContactView c : detail.contacts()) {
            Div line = new Div(UnionTime.date(c.contactedOn(), getLocale()) + "　" + c.contactedBy() + "　"
                    + getTranslation(c.method().translationKey()) + "：" + c.reaction());
            line.getElement().setAttribute("data-testid", "contact-line");
            log.add(line);
        }
        return log;
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private <E> void enumSelect(Select<E> select, String labelKey, E[] values,
            java.util.function.Function<E, String> key) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(key.apply(v)));
    }
}
