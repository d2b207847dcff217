package jp.kumiaidesk.security.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.security.PasswordRules;
import jp.kumiaidesk.security.UserService;

/** パスワード変更: every signed-in user, proving the current password. */
@Route("account/password")
@PermitAll
final class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(UserService users) {
        addClassName("kd-view");
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("password.rule", PasswordRules.MIN_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        FormErrors errors = new FormErrors().field(UserService.FIELD_CURRENT_PASSWORD, current)
                .field(UserService.FIELD_PASSWORD, next).field("repeat", repeat);
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean changed = errors.submit(() -> {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw new FieldRejectedException("repeat", "password.mismatch");
                }
                users.changeOwnPassword(current.getValue(), next.getValue());
            }, null);
            if (changed) {
                current.clear();
                next.clear();
                repeat.clear();
                FormErrors.success(getTranslation("account.password.changed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "account.password.title");
    }
}
