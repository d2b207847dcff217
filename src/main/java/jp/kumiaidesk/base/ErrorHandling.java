package jp.kumiaidesk.base;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * What a user sees when something breaks on the server: instead of Vaadin's English "Internal error" (and a reload
 * that loses what they typed), a notification in their language with an incident number; the page and everything
 * typed into it stay. The full stack trace is logged under the same number, so the administrator finds it
 * ({@code grep 'Incident E-20261129-7QK3'}). Vaadin's own system messages (session expired, internal error, cookies
 * disabled) come from the translations in the user's language as well.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String NOTIFICATION_ID = "kd-error-notification";
    public static final String MESSAGE_ID = "kd-error-message";

    private final Translations texts;

    public ErrorHandling(Translations texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::error));
        // also per UI: a session created before this listener ran (or by a test harness) gets it as well
        event.getSource().addUIInitListener(e -> e.getUI().getSession().setErrorHandler(this::error));
        event.getSource().setSystemMessagesProvider(this::systemMessages);
    }

    /**
     * Logs the error with a new incident number and tells the user, without leaving the page. A browser that went
     * away while its answer was written (a tab closed or a page left mid-request: "Broken pipe") is nobody's
     * incident: one line at debug level, nothing shown.
     */
    void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (error != null && DisconnectedClientHelper.isClientDisconnectedException(error)) {
            log.debug("The browser went away before its answer was written: {}", error.toString());
            return;
        }
        String incident = newIncident();
        log.error("Incident {}: {}", incident, error == null ? "unknown error" : error.toString(), error);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            show(ui.getLocale(), incident);
        } else {
            ui.access(() -> show(ui.getLocale(), incident));
        }
    }

    private void show(Locale locale, String incident) {
        Notification notification = new Notification();
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Div text = new Div(texts.text(locale, "error.internal.title") + " "
                + texts.text(locale, "error.internal.message", incident));
        text.setId(MESSAGE_ID);
        Button close = new Button(texts.text(locale, "action.close"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Div(text, close));
        notification.open();
    }

    /** A number a user can read out on the phone: the day and four characters without 0/O and 1/I. */
    static String newIncident() {
        StringBuilder id = new StringBuilder("E-").append(DAY.format(UnionTime.today())).append('-');
        for (int i = 0; i < 4; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private CustomizedSystemMessages systemMessages(SystemMessagesInfo info) {
        Locale locale = UiLocale.fromRequest(info.getRequest());
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(texts.text(locale, "error.session-expired.title"));
        messages.setSessionExpiredMessage(texts.text(locale, "error.session-expired.message"));
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption(texts.text(locale, "error.internal.title"));
        messages.setInternalErrorMessage(texts.text(locale, "error.internal.reload"));
        messages.setCookiesDisabledCaption(texts.text(locale, "error.cookies.title"));
        messages.setCookiesDisabledMessage(texts.text(locale, "error.cookies.message"));
        return messages;
    }
}
