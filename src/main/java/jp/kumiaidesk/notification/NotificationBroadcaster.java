package jp.kumiaidesk.notification;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import jp.kumiaidesk.base.Listeners;

/**
 * Tells open UIs that their user's notifications changed, after the change committed. Listeners must hand work to
 * their UI with {@code ui.access}. This reaches UIs on this node only; a second node would also need a database
 * poll or a broker (see docs/decisions).
 */
@Component
public class NotificationBroadcaster {

    private final Listeners<String, String> listeners = new Listeners<>();

    public Registration register(String username, Consumer<String> callback) {
        return listeners.register(username, callback);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSent(NotificationSent sent) {
        listeners.fire(sent.recipient(), sent.recipient());
    }
}
