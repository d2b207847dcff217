package jp.kumiaidesk.recruitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.ContactMethod;
import jp.kumiaidesk.recruitment.ContactView;
import jp.kumiaidesk.recruitment.HireRow;
import jp.kumiaidesk.recruitment.RecruitmentService;

/** 接触記録: when, how, and how the new hire reacted; today and face to face by default. */
final class ContactDialog extends Dialog {

    ContactDialog(RecruitmentService recruitment, HireRow hire, Runnable onSaved) {
        setId("contact-dialog");
        setHeaderTitle(getTranslation("hire.log-contact") + "：" + (hire.name() == null ? "" : hire.name()));
        setWidth("min(30rem, 100vw)");
        DatePicker on = new DatePicker(getTranslation("hire.contacted-on"), UnionTime.today());
        Pickers.localize(on);
        on.setMax(UnionTime.today());
        Select<ContactMethod> method = new Select<>();
        method.setLabel(getTranslation("hire.contact-method"));
        method.setItems(ContactMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(m.translationKey()));
        method.setValue(ContactMethod.FACE_TO_FACE);
        TextArea reaction = new TextArea(getTranslation("hire.reaction"));
        reaction.setMaxLength(ContactView.REACTION_MAX_LENGTH);
        reaction.setRequiredIndicatorVisible(true);
        reaction.setPlaceholder(getTranslation("hire.reaction-placeholder"));
        FormErrors errors = new FormErrors().field(RecruitmentService.FIELD_CONTACTED_ON, on)
                .field(RecruitmentService.FIELD_REACTION, reaction);
        add(new FormLayout(on, method, reaction));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.submit(() -> recruitment.logContact(hire.id(), on.getValue(), method.getValue(),
                    reaction.getValue()), null)) {
                FormErrors.success(getTranslation("hire.contact-saved"));
                onSaved.run();
                close();
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
