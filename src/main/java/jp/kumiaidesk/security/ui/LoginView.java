package jp.kumiaidesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.LanguageSwitch;
import jp.kumiaidesk.security.CurrentUser;

/**
 * ログイン. In demo mode, which accounts to try.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    LoginView(DemoMode demoMode, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("kd-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(null));
        Div card = new Div();
        card.addClassName("kd-login-card");
        Div brand = new Div();
        brand.addClassName("kd-login-brand");
        brand.add(new Div(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        card.add(brand, form);
        if (demoMode.enabled()) {
            Paragraph hint = new Paragraph(getTranslation("login.demo-hint", demoMode.password()));
            hint.addClassName("kd-login-demo");
            card.add(hint);
        }
        Div footer = new Div(new LanguageSwitch());
        footer.addClassName("kd-login-footer");
        card.add(footer);
        add(card);
    }

    private LoginI18n i18n(String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("password.forgot.title"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessageKey == null ? getTranslation("login.error.message")
                : errorMessageKey);
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    /**
     * Every refused sign-in gets the same message — unknown user, wrong password, disabled account or an attempt
     * that came too soon — so the page tells nobody which user names exist. Someone signed in goes home.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // someone already signed in (a bookmark, the back button) has nothing to do here: their home page. Signed in
        // as the request says, which is what the navigation's access check reads too (never a loop back to here)
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null && currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "login.title");
    }
}
