package jp.kumiaidesk.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open UIs that their user's notifications changed, after the change committed. Listeners must hand work to
 * their UI with {@code ui.access}. This reaches UIs on this node only; a second node would also need a database
 * poll or a broker (see docs/decisions).
 */
@Component
public class NotificationBroadcaster {

    private record Listener(String username, Consumer<String> callback) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public Registration register(String username, Consumer<String> callback) {
        Listener listener = new Listener(username, callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSent(NotificationSent sent) {
        for (Listener listener : listeners) {
            if (listener.username().equals(sent.recipient())) {
                listener.callback().accept(sent.recipient());
            }
        }
    }
}
