package jp.kumiaidesk.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

/**
 * Something a page does by itself a moment later (an autosave, a save tried again): one timer thread for the node
 * that only hands each task over to a virtual thread of its own, which runs it in the page's {@code ui.access} when
 * the session is free — so a slow task never holds up the others' timing. A page closed meanwhile is left alone.
 */
public final class UiTimer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ui-timer");
        thread.setDaemon(true);
        return thread;
    });

    private UiTimer() {
    }

    /** Runs {@code task} in {@code ui} after {@code delay}; the future cancels it while it still waits. */
    public static ScheduledFuture<?> later(UI ui, Duration delay, String name, Command task) {
        return TIMER.schedule(() -> Thread.ofVirtual().name(name).start(() -> {
            try {
                ui.access(task);
            } catch (UIDetachedException closed) {
                // the tab was closed (or its session ended) meanwhile: nothing to do it in
            }
        }), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }
}
