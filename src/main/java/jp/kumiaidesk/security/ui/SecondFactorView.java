package jp.kumiaidesk.security.ui;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.PageTitles;
import jp.kumiaidesk.security.CurrentUser;
import jp.kumiaidesk.security.Passkeys;
import jp.kumiaidesk.security.SecondFactor;

/**
 * ログインの確認 (second factor): after the password, a user whose role needs it proves a passkey — or registers
 * their first one (enrolment) — or, without the passkey at hand, types a code mailed to their address. A fully
 * signed-in user who comes here goes home.
 */
@Route(value = "login/mfa", autoLayout = false)
@PermitAll
final class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Passkeys passkeys;
    private final SecondFactor secondFactor;
    private final CurrentUser currentUser;
    private final Paragraph message = new Paragraph();
    private final Div card = new Div();

    SecondFactorView(Passkeys passkeys, SecondFactor secondFactor, CurrentUser currentUser) {
        this.passkeys = passkeys;
        this.secondFactor = secondFactor;
        this.currentUser = currentUser;
        addClassName("kd-login");
        card.addClassName("kd-login-card");
        message.setId("mfa-message");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SecondFactor.pendingUser().isEmpty()) {
            event.forwardTo("");
            return;
        }
        card.removeAll();
        if (secondFactor.needsEnrolment(passkeys)) {
            enrolment();
        } else {
            verification();
        }
        recovery();
        Button logout = new Button(getTranslation("action.logout"), e -> currentUser.logout());
        logout.setId("mfa-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(message, logout);
    }

    private void enrolment() {
        TextField label = new TextField(getTranslation("passkey.label"));
        label.setId("mfa-label");
        label.setValue(getTranslation("passkey.label-default"));
        label.setMaxLength(60);
        Button enrol = new Button(getTranslation("mfa.enrol"));
        enrol.setId("mfa-enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> {
            enrol.setEnabled(false);
            Passkeys.Registration registration;
            try {
                registration = passkeys.startRegistration();
            } catch (FieldRejectedException refused) {
                enrol.setEnabled(true);
                show(refused.messageKey());
                return;
            }
            WebAuthnScript.create(this, registration.json(), credential -> {
                enrol.setEnabled(true);
                try {
                    passkeys.finishRegistration(registration, credential, label.getValue());
                } catch (FieldRejectedException refused) {
                    label.setInvalid(true);
                    label.setErrorMessage(getTranslation(refused.messageKey()));
                    return;
                }
                finish("enrolment");
            }, error -> {
                enrol.setEnabled(true);
                passkeys.browserFailed("registration: " + error);
                show("passkey.browser-failed");
            });
        });
        card.add(new H2(getTranslation("mfa.enrol.title")), new Paragraph(getTranslation("mfa.enrol.help")), label,
                enrol);
    }

    private void verification() {
        Button use = new Button(getTranslation("mfa.use-passkey"));
        use.setId("mfa-passkey");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.addClickListener(e -> {
            use.setEnabled(false);
            Passkeys.Assertion assertion = passkeys.startAssertion();
            WebAuthnScript.get(this, assertion.json(), credential -> {
                use.setEnabled(true);
                if (passkeys.verifyAssertion(assertion, credential)) {
                    finish("passkey");
                } else {
                    show("mfa.passkey-refused");
                }
            }, error -> {
                use.setEnabled(true);
                passkeys.browserFailed("sign-in: " + error);
                show("passkey.browser-failed");
            });
        });
        card.add(new H2(getTranslation("mfa.title")), new Paragraph(getTranslation("mfa.help")), use);
    }

    private void recovery() {
        TextField code = new TextField(getTranslation("mfa.code"));
        code.setId("mfa-code");
        code.setVisible(false);
        Button check = new Button(getTranslation("mfa.code-check"));
        check.setId("mfa-code-submit");
        check.setVisible(false);
        Button send = new Button(getTranslation("mfa.code-send"));
        send.setId("mfa-send-code");
        send.addClickListener(e -> {
            if (secondFactor.sendCode()) {
                show("mfa.code-sent");
                code.setVisible(true);
                check.setVisible(true);
                code.focus();
            } else {
                show("mfa.code-not-sent");
            }
        });
        check.addClickListener(e -> {
            switch (secondFactor.checkCode(code.getValue())) {
                case ACCEPTED -> finish("code");
                case TOO_MANY -> show("mfa.code-too-many");
                case REFUSED -> {
                    code.setInvalid(true);
                    code.setErrorMessage(getTranslation("mfa.code-wrong"));
                }
            }
        });
        Div box = new Div(new H3(getTranslation("mfa.recovery.title")),
                new Paragraph(getTranslation("mfa.recovery.help")), send, code, check);
        box.addClassName("kd-mfa-recovery");
        card.add(box);
    }

    private void show(String key) {
        message.setText(getTranslation(key));
    }

    /** The second factor is proven: the full sign-in replaces the pending one, in a new session id. */
    private void finish(String factor) {
        Optional<Authentication> full = secondFactor.complete(factor);
        if (full.isEmpty()) {
            currentUser.logout();
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full.get());
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                context);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            try {
                request.getHttpServletRequest().changeSessionId();
            } catch (IllegalStateException noSession) {
                // nothing to change
            }
        }
        Object target = session.getAttribute(SecondFactorGate.TARGET);
        session.setAttribute(SecondFactorGate.TARGET, null);
        UI.getCurrent().getPage().setLocation(target instanceof String path ? path : "./");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "mfa.title");
    }
}
