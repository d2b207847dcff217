package jp.kumiaidesk.ops;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * The benchmark's floor for heap per open UI (issue #16): a signed-in tab on a bare Vaadin view, one element with
 * one line of text and no {@code MainLayout}, so the figure is the framework's own per-tab cost (HTTP and Vaadin
 * session, UI, state tree) on this app's security and session setup. Not one of the app's views: the route exists
 * only when {@code kd.bench.floor-view=true} (bench/run.sh passes it), registered at start-up rather than with
 * {@code @Route}, so that neither the menu, the route list nor the access tests ever see it.
 */
@PermitAll
public final class BenchFloorView extends Main {

    public static final String ROUTE = "bench/floor";

    BenchFloorView() {
        setText(getTranslation("bench.floor"));
    }

    /** A property read at run time, not a condition: the bean set stays the one Spring's AOT build made (0021). */
    @Component
    static class Registration implements VaadinServiceInitListener {

        private final boolean on;

        Registration(@Value("${kd.bench.floor-view:false}") boolean on) {
            this.on = on;
        }

        @Override
        public void serviceInit(ServiceInitEvent event) {
            if (!on) {
                return;
            }
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                    .setRoute(ROUTE, BenchFloorView.class);
        }
    }
}
