package jp.kumiaidesk.workplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.workplace.WorkplaceForm;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** Adds a workplace under {@code parentId}, or edits {@code existing}. Headcounts are the workplace's own staff. */
final class WorkplaceDialog extends Dialog {

    private final TextField name = new TextField();
    private final IntegerField regular = new IntegerField();
    private final IntegerField nonRegular = new IntegerField();
    private final IntegerField members = new IntegerField();
    private final DatePicker countedOn = new DatePicker();
    private final FormErrors errors = new FormErrors();

    WorkplaceDialog(WorkplaceService workplaces, Long parentId, WorkplaceNode existing, Runnable onSaved) {
        setId("workplace-dialog");
        setHeaderTitle(getTranslation(existing == null ? "workplace.new" : "workplace.edit"));
        setWidth("min(32rem, 100vw)");
        name.setLabel(getTranslation("workplace.name"));
        name.setMaxLength(WorkplaceForm.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        configureCount(regular, "workplace.regular-own");
        configureCount(nonRegular, "workplace.non-regular-own");
        configureCount(members, "workplace.members-own");
        nonRegular.setHelperText(getTranslation("workplace.non-regular-help"));
        countedOn.setLabel(getTranslation("workplace.counted-on"));
        countedOn.setHelperText(getTranslation("workplace.counted-on-help"));
        countedOn.setMax(UnionTime.today());
        countedOn.setId("workplace-counted-on");
        Pickers.localize(countedOn);
        errors.field(WorkplaceService.FIELD_NAME, name).field(WorkplaceService.FIELD_REGULAR, regular)
                .field(WorkplaceService.FIELD_NON_REGULAR, nonRegular).field(WorkplaceService.FIELD_MEMBERS, members)
                .field(WorkplaceService.FIELD_COUNTED_ON, countedOn);
        show(existing);
        FormLayout form = new FormLayout(name, regular, nonRegular, members, countedOn);
        form.setColspan(name, 2);
        add(form);

        long[] version = {existing == null ? 0 : existing.version()};
        Button save = new Button(getTranslation("action.save"), e -> {
            errors.clear();
            if (regular.isInvalid() || nonRegular.isInvalid() || members.isInvalid()) {
                return;
            }
            WorkplaceForm values = new WorkplaceForm(name.getValue(), count(regular), count(nonRegular),
                    count(members), countedOn.getValue());
            boolean saved = errors.submit(() -> {
                if (existing == null) {
                    workplaces.create(parentId, values);
                } else {
                    workplaces.update(existing.id(), version[0], values);
                }
            }, () -> workplaces.find(existing.id()).ifPresent(fresh -> {
                version[0] = fresh.version();
                show(fresh);
            }));
            if (saved) {
                FormErrors.success(getTranslation("action.saved"));
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("workplace-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void configureCount(IntegerField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setMax(WorkplaceForm.MAX_HEADCOUNT);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("validation.number"))
                .setMinErrorMessage(getTranslation("validation.negative"))
                .setMaxErrorMessage(getTranslation("validation.too-large")));
    }

    private void show(WorkplaceNode node) {
        WorkplaceForm form = node == null ? new WorkplaceForm("", 0, 0, 0) : node.toForm();
        name.setValue(form.name());
        regular.setValue(form.regularStaff());
        nonRegular.setValue(form.nonRegularStaff());
        members.setValue(form.members());
        countedOn.setValue(form.countedOn() == null ? UnionTime.today() : form.countedOn());
    }

    private static int count(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
