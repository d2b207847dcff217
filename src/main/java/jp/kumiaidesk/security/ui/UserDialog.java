package jp.kumiaidesk.security.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.base.DangerousAction;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.security.Passkeys;
import jp.kumiaidesk.security.PasswordRules;
import jp.kumiaidesk.security.UserForm;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.security.UserSummary;
import jp.kumiaidesk.workplace.WorkplaceNode;

/**
 * Creates or edits one user. The service checks every value; its verdict appears next to the field and the dialog
 * stays open with everything typed.
 */
final class UserDialog extends Dialog {

    private final UserService users;
    private final Runnable onSaved;
    private UserSummary user;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<WorkplaceNode> workplaceBox = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final FormErrors errors = new FormErrors();
    private final List<WorkplaceNode> workplaces;

    UserDialog(UserService users, Passkeys passkeys, List<WorkplaceNode> workplaces, UserSummary user,
            Runnable onSaved) {
        this.users = users;
        this.workplaces = workplaces;
        this.user = user;
        this.onSaved = onSaved;
        setId("user-dialog");
        setHeaderTitle(getTranslation(user == null ? "user.new" : "user.edit"));
        setWidth("min(40rem, 100vw)");

        username.setLabel(getTranslation("user.username"));
        username.setMaxLength(UserForm.USERNAME_MAX_LENGTH);
        username.setHelperText(getTranslation("user.username-help"));
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setMaxLength(UserForm.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("user.email"));
        email.setMaxLength(UserForm.EMAIL_MAX_LENGTH);
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        roles.setRequiredIndicatorVisible(true);
        workplaceBox.setLabel(getTranslation("user.workplaces"));
        workplaceBox.setItems(workplaces);
        workplaceBox.setItemLabelGenerator(WorkplaceNode::path);
        workplaceBox.setHelperText(getTranslation("user.workplaces-help"));
        enabled.setLabel(getTranslation("user.enabled"));
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("password.rule", PasswordRules.MIN_LENGTH));
        repeat.setLabel(getTranslation("account.password.repeat"));
        roles.addValueChangeListener(e -> workplaceBox.setVisible(e.getValue().contains(Role.RECRUITER)));

        errors.field(UserService.FIELD_USERNAME, username).field(UserService.FIELD_DISPLAY_NAME, displayName)
                .field(UserService.FIELD_EMAIL, email).field(UserService.FIELD_ROLES, roles)
                .field(UserService.FIELD_WORKPLACES, workplaceBox).field(UserService.FIELD_ENABLED, enabled)
                .field(UserService.FIELD_PASSWORD, password).field("repeat", repeat);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(username, displayName, email, enabled, roles, workplaceBox, password, repeat);
        form.setColspan(roles, 2);
        form.setColspan(workplaceBox, 2);
        add(form);
        show(user);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (user != null) {
            Button unlock = new Button(getTranslation("user.unlock"), e -> {
                users.unlock(this.user.id());
                FormErrors.success(getTranslation("user.unlocked"));
                onSaved.run();
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(unlock);
            int registered = passkeys.countOf(user.id());
            Button resetFactors = new Button(getTranslation("user.reset-factors", registered), e -> DangerousAction
                    .confirm(getTranslation("user.reset-factors.title"),
                            getTranslation("user.reset-factors.confirm", this.user.username()),
                            getTranslation("user.reset-factors.title"), getTranslation("action.cancel"), () -> {
                                int removed = passkeys.resetFactors(this.user.id());
                                FormErrors.success(getTranslation("user.reset-factors.done", removed));
                                e.getSource().setText(getTranslation("user.reset-factors", 0));
                                onSaved.run();
                            }));
            resetFactors.setId("user-reset-factors");
            resetFactors.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(resetFactors);
        }
    }

    private void show(UserSummary shown) {
        boolean creating = shown == null;
        username.setValue(creating ? "" : shown.username());
        username.setReadOnly(!creating);
        UserForm form = creating ? new UserForm("", "", Set.of(), Set.of(), true) : shown.toForm();
        displayName.setValue(form.displayName());
        email.setValue(form.email());
        roles.setValue(form.roles().isEmpty() ? Set.of() : EnumSet.copyOf(form.roles()));
        workplaceBox.setValue(workplaces.stream().filter(w -> form.workplaceIds().contains(w.id()))
                .collect(Collectors.toSet()));
        workplaceBox.setVisible(form.roles().contains(Role.RECRUITER));
        enabled.setValue(form.enabled());
        password.setLabel(getTranslation(creating ? "user.password" : "user.new-password"));
        password.setHelperText(getTranslation(creating ? "password.rule" : "user.new-password-help",
                PasswordRules.MIN_LENGTH));
    }

    private void save() {
        UserForm form = new UserForm(displayName.getValue(), email.getValue(), roles.getValue(),
                workplaceBox.getValue().stream().map(WorkplaceNode::id).collect(Collectors.toSet()),
                enabled.getValue());
        boolean saved = errors.submit(() -> {
            if (!password.getValue().equals(repeat.getValue())) {
                throw new FieldRejectedException("repeat", "password.mismatch");
            }
            if (user == null) {
                users.create(username.getValue(), password.getValue(), form);
            } else {
                users.update(user.id(), user.version(), form, password.getValue());
            }
        }, () -> {
            user = users.get(user.id());
            show(user);
        });
        if (saved) {
            FormErrors.success(getTranslation("action.saved"));
            onSaved.run();
            close();
        }
    }
}
