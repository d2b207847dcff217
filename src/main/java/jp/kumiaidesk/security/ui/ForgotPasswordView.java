package jp.kumiaidesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.security.PasswordResets;

/** パスワードを忘れた: asks by user name for an e-mailed link; the answer is the same whoever asks. */
@Route(value = "login/forgot", autoLayout = false)
@AnonymousAllowed
final class ForgotPasswordView extends Main implements HasDynamicTitle {

    ForgotPasswordView(PasswordResets resets) {
        addClassName("kd-login");
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("forgot-username");
        Paragraph sent = new Paragraph();
        sent.setId("forgot-sent");
        Button send = new Button(getTranslation("password.forgot.send"), e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            resets.request(username.getValue(), request == null ? null : request.getRemoteAddr());
            username.clear();
            sent.setText(getTranslation("password.forgot.sent"));
        });
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new H2(getTranslation("password.forgot.title")),
                new Paragraph(getTranslation("password.forgot.help")), username, send, sent,
                new Anchor("login", getTranslation("password.forgot.back")));
        card.addClassName("kd-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "password.forgot.title");
    }
}
