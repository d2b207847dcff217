package jp.kumiaidesk.bargaining;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import jp.kumiaidesk.base.Listeners;

/**
 * Tells open session forms that the session they show was saved by someone else, after the save committed. Like
 * the notification bell this reaches UIs on this node (decision 0005); on another node the version check still turns
 * a stale save into a conflict. Listeners hand work to their UI with {@code ui.access}.
 */
@Component
public class SessionBroadcaster {

    private final Listeners<Long, SessionChanged> listeners = new Listeners<>();

    public Registration register(long sessionId, Consumer<SessionChanged> callback) {
        return listeners.register(sessionId, callback);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(SessionChanged changed) {
        listeners.fire(changed.sessionId(), changed);
    }
}
