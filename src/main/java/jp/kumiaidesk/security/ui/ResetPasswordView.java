package jp.kumiaidesk.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.security.PasswordResets;
import jp.kumiaidesk.security.PasswordRules;
import jp.kumiaidesk.security.UserService;

/** パスワードの再設定: the page of the e-mailed link; a new password ends every session of the account. */
@Route(value = "login/reset", autoLayout = false)
@AnonymousAllowed
final class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private String token;

    ResetPasswordView(PasswordResets resets) {
        addClassName("kd-login");
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setId("reset-new");
        next.setHelperText(getTranslation("password.rule", PasswordRules.MIN_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setId("reset-repeat");
        Paragraph done = new Paragraph();
        done.setId("reset-done");
        FormErrors errors = new FormErrors().field(UserService.FIELD_PASSWORD, next).field("repeat", repeat);
        Button save = new Button(getTranslation("action.save"));
        save.addClickListener(e -> {
            boolean changed = errors.submit(() -> {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw new FieldRejectedException("repeat", "password.mismatch");
                }
                try {
                    resets.reset(token, next.getValue());
                } catch (PasswordResets.RefusedWithNewToken refused) {
                    token = refused.token();
                    throw refused;
                }
            }, null);
            if (changed) {
                next.setEnabled(false);
                repeat.setEnabled(false);
                save.setEnabled(false);
                done.setText(getTranslation("password.reset.done"));
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new H2(getTranslation("password.reset.title")), next, repeat, save, done,
                new Anchor("login", getTranslation("password.forgot.back")));
        card.addClassName("kd-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of(""))
                .getFirst();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "password.reset.title");
    }
}
