package jp.kumiaidesk.security.ui;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.security.SecondFactor;

/**
 * While a sign-in has proven only the password ({@link SecondFactor#isPending}), every page is sent to the second
 * factor's view (the roles are withheld as well, so nothing opens even if a page slipped past). The page asked for is
 * remembered and opened once the second factor is proven.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    static final String TARGET = "kd.mfa.target";

    private static final Set<Class<?>> OPEN = Set.of(SecondFactorView.class, LoginView.class,
            ForgotPasswordView.class, ResetPasswordView.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication())
                || OPEN.contains(event.getNavigationTarget())) {
            return;
        }
        String asked = event.getLocation().getPathWithQueryParameters();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && !asked.isEmpty() && !asked.startsWith("/") && !asked.contains("//")) {
            session.setAttribute(TARGET, asked);
        }
        event.forwardTo(SecondFactorView.class);
    }
}
