package jp.kumiaidesk.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The UI's translations (vaadin-i18n, see spring.messages.basename), for e-mail written outside any UI. */
@Component
class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, String argument, Locale locale) {
        return messages.getMessage(key, new Object[] {argument == null ? "" : argument}, key, locale);
    }
}
