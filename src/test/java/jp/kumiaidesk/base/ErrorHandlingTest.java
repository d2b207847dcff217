package jp.kumiaidesk.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.KaribuTest;

/** A server error shows a translated notice with an incident number; the page and what was typed stay. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends KaribuTest {

    @Test
    void an_error_shows_an_incident_number_logged_with_the_stack_trace_and_keeps_the_page(CapturedOutput log) {
        openAs("admin", "admin/audit");
        TextField headline = _get(TextField.class, spec -> spec.withId("audit-actor"));
        type(headline, "shokikyo");
        Class<?> viewBefore = UI.getCurrent().getCurrentView().getClass();

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("boom in a listener")));

        MockVaadin.clientRoundtrip(false);
        _get(Notification.class, spec -> spec.withId(ErrorHandling.NOTIFICATION_ID));
        String text = _get(Div.class, spec -> spec.withId(ErrorHandling.MESSAGE_ID)).getText();
        assertThat(text).contains("サーバーでエラーが起きました", "受付番号").doesNotContain("Internal error");
        String incident = text.replaceAll("(?s).*(E-\\d{8}-[2-9A-Z]{4}).*", "$1");
        assertThat(incident).matches("E-\\d{8}-[2-9A-Z]{4}");
        assertThat(log.getOut()).contains("Incident " + incident).contains("boom in a listener")
                .contains("at jp.kumiaidesk.base.ErrorHandlingTest");
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(viewBefore);
        assertThat(_get(TextField.class, spec -> spec.withId("audit-actor")).getValue()).isEqualTo("shokikyo");
    }

    @Test
    void a_browser_that_went_away_mid_answer_is_no_incident(CapturedOutput log) {
        openAs("admin", "admin/audit");

        // what Tomcat throws when the tab was closed while its answer was written (the tour met it under load)
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new java.io.UncheckedIOException(
                new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe")))));

        MockVaadin.clientRoundtrip(false);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Notification.class,
                spec -> spec.withId(ErrorHandling.NOTIFICATION_ID))).isEmpty();
        assertThat(log.getOut()).doesNotContain("Incident E-");
    }

    @Test
    void vaadins_system_messages_speak_the_users_language() {
        openAs("shokikyoku", "");
        var messages = VaadinService.getCurrent().getSystemMessages(Locale.JAPANESE,
                com.vaadin.flow.server.VaadinRequest.getCurrent());
        assertThat(messages.getInternalErrorCaption()).isEqualTo("サーバーでエラーが起きました");
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("セッションの有効期限が切れました");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
    }
}
