package jp.kumiaidesk.base;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * The UI language: Japanese unless the user chose English with the language switch. The choice is kept in a cookie
 * so the login page of the next visit already speaks it.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);
    static final String COOKIE = "kd-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(COOKIE) instanceof Locale chosen) {
            return chosen;
        }
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return ENGLISH;
                }
            }
        }
        return JAPANESE;
    }

    /** Switches the current session to {@code locale} and remembers it for a year. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(COOKIE, locale);
            session.setLocale(locale);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
