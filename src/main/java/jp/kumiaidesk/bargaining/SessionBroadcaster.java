package jp.kumiaidesk.bargaining;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open session forms that the session they show was saved by someone else, after the save committed. Like
 * the notification bell this reaches UIs on this node (decision 0005); on another node the version check still turns
 * a stale save into a conflict. Listeners hand work to their UI with {@code ui.access}.
 */
@Component
public class SessionBroadcaster {

    private record Listener(long sessionId, Consumer<SessionChanged> callback) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public Registration register(long sessionId, Consumer<SessionChanged> callback) {
        Listener listener = new Listener(sessionId, callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(SessionChanged changed) {
        for (Listener listener : listeners) {
            if (listener.sessionId() == changed.sessionId()) {
                listener.callback().accept(changed);
            }
        }
    }
}
