package jp.kumiaidesk.ops;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Vaadin's own figures for Prometheus: open sessions ({@code kd_vaadin_sessions}), open UIs, i.e. browser tabs
 * ({@code kd_vaadin_uis}), and the server time of each round trip (a UIDL request: a click, a keystroke that
 * reaches the server) per view ({@code kd_vaadin_roundtrip_seconds{view="RecruitmentView"}}).
 */
@org.springframework.stereotype.Component
class VaadinMetrics implements VaadinServiceInitListener {

    private static final String STARTED = VaadinMetrics.class.getName() + ".started";

    private final MeterRegistry registry;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("kd.vaadin.sessions", sessions);
        registry.gauge("kd.vaadin.uis", uis);
        roundTrip("none");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
        event.addVaadinRequestInterceptor(new RoundTrips());
    }

    private Timer roundTrip(String view) {
        return Timer.builder("kd.vaadin.roundtrip").description("Server time of a Vaadin round trip, per view")
                .tag("view", view).publishPercentileHistogram(false).register(registry);
    }

    private final class RoundTrips implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if ("uidl".equals(request.getParameter("v-r"))) {
                request.setAttribute(STARTED, System.nanoTime());
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception t) {
            // the failed request is logged by the request log; its time still counts in requestEnd
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (!(request.getAttribute(STARTED) instanceof Long started) || session == null) {
                return;
            }
            roundTrip(viewOf(session, request.getParameter("v-uiId")))
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }

        private static String viewOf(VaadinSession session, String uiId) {
            if (uiId == null) {
                return "unknown";
            }
            session.lock();
            try {
                UI ui = session.getUIById(Integer.parseInt(uiId));
                List<?> chain = ui == null ? List.of() : ui.getInternals().getActiveRouterTargetsChain();
                return chain.isEmpty() ? "unknown" : ((Component) chain.get(0)).getClass().getSimpleName();
            } catch (NumberFormatException e) {
                return "unknown";
            } finally {
                session.unlock();
            }
        }
    }
}
