package jp.kumiaidesk.base;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;

/**
 * A closed tab gives its memory back within minutes, not when its HTTP session times out (issue #16). Browsers send
 * a heartbeat every {@code vaadin.heartbeatInterval} (60 s) from every open tab, typing or not; a UI that missed
 * three is inactive ({@link VaadinService#isUIActive}). Vaadin removes inactive UIs only at the end of a request to
 * the same session, and a closed tab's session gets none, so its UI (100–200 KB) stayed for the 30 minutes of
 * the session timeout. This sweep removes them every minute; the HTTP session, and with it the sign-in, stays
 * until its own timeout, so a computer that slept reloads the page without a new login.
 */
@Component
class ClosedTabs implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile VaadinService service;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Scheduled(fixedDelayString = "${kd.vaadin.closed-tab-sweep:PT1M}",
            initialDelayString = "${kd.vaadin.closed-tab-sweep:PT1M}")
    void sweep() {
        VaadinService vaadin = service;
        if (vaadin == null) {
            return;
        }
        for (VaadinSession session : sessions) {
            if (session.getState() != VaadinSessionState.OPEN) {
                sessions.remove(session);
                continue;
            }
            // queued behind a request that holds the lock, never blocking this thread
            session.access(() -> removeInactive(vaadin, session));
        }
    }

    /** Removes the UIs of {@code session} whose tabs stopped sending heartbeats; the caller holds its lock. */
    static int removeInactive(VaadinService vaadin, VaadinSession session) {
        int removed = 0;
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!vaadin.isUIActive(ui)) {
                ui.accessSynchronously(() -> session.removeUI(ui));
                removed++;
            }
        }
        return removed;
    }
}
