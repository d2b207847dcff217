package jp.kumiaidesk.base;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;

/**
 * What an open page does when someone else's change comes in (an open draft, a session form, the bell): it reads
 * again. The user did nothing, so a read that meets a database node going away — the driver moves on and reports
 * the connection or the open transaction lost — is tried again a moment later instead of showing an incident; any
 * other error, or a node still lost after {@value #ATTEMPTS} attempts, goes to the app's error handling as before.
 */
public final class LiveRefresh {

    static final int ATTEMPTS = 3;
    static final Duration AGAIN = Duration.ofSeconds(1);

    private LiveRefresh() {
    }

    /** Runs {@code refresh} now, inside {@code ui}'s lock (a listener's {@code ui.access}). */
    public static void run(UI ui, String name, Command refresh) {
        attempt(ui, name, refresh, 1);
    }

    private static void attempt(UI ui, String name, Command refresh, int attempt) {
        try {
            refresh.execute();
        } catch (RuntimeException e) {
            if (attempt >= ATTEMPTS || !TransactionRetry.connectionLost(e)) {
                throw e;
            }
            UiTimer.later(ui, AGAIN, name, () -> attempt(ui, name, refresh, attempt + 1));
        }
    }
}
