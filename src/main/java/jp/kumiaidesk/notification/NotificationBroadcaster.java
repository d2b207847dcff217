package jp.kumiaidesk.notification;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import jp.kumiaidesk.base.LiveBus;
import jp.kumiaidesk.base.LiveChannel;

/**
 * Tells open UIs that their user's notifications changed, after the change committed. Listeners must hand work to
 * their UI with {@code ui.access}. With KD_REDIS_URL set this reaches the UIs of every
 * app node (decision 0011).
 */
@Component
public class NotificationBroadcaster {

    private final LiveChannel<String, String> listeners;

    NotificationBroadcaster(LiveBus bus) {
        this.listeners = new LiveChannel<>(bus, "notifications", String.class, recipient -> recipient);
    }

    public Registration register(String username, Consumer<String> callback) {
        return listeners.register(username, callback);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSent(NotificationSent sent) {
        listeners.publish(sent.recipient());
    }
}
