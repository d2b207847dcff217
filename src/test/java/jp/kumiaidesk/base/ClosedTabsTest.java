package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jp.kumiaidesk.KaribuTest;

/** A tab that stopped sending heartbeats loses its UI at the sweep; a tab that sends them keeps it. */
class ClosedTabsTest extends KaribuTest {

    @Test
    void a_closed_tab_loses_its_ui_an_open_one_keeps_it() {
        openAs("seinenbu", "notifications");
        UI tab = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();

        assertThat(ClosedTabs.removeInactive(VaadinService.getCurrent(), session)).isZero();
        assertThat(session.getUIs()).contains(tab);

        tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - Duration.ofHours(1).toMillis());
        assertThat(ClosedTabs.removeInactive(VaadinService.getCurrent(), session)).isEqualTo(1);
        assertThat(session.getUIs()).doesNotContain(tab);
        assertThat(session.getState()).isEqualTo(com.vaadin.flow.server.VaadinSessionState.OPEN);
    }
}
