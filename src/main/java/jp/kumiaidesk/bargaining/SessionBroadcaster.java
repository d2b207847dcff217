package jp.kumiaidesk.bargaining;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import jp.kumiaidesk.base.LiveBus;
import jp.kumiaidesk.base.LiveChannel;

/**
 * Tells open session forms that the session they show was saved by someone else, after the save committed. Like
 * the notification bell this reaches UIs on every node (decision 0011); on another node the version check still turns
 * a stale save into a conflict. Listeners hand work to their UI with {@code ui.access}.
 */
@Component
public class SessionBroadcaster {

    private final LiveChannel<Long, SessionChanged> listeners;

    SessionBroadcaster(LiveBus bus) {
        this.listeners = new LiveChannel<>(bus, "bargaining-session", SessionChanged.class, SessionChanged::sessionId);
    }

    public Registration register(long sessionId, Consumer<SessionChanged> callback) {
        return listeners.register(sessionId, callback);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(SessionChanged changed) {
        listeners.publish(changed);
    }

    /**
     * A save whose transaction failed at COMMIT but was committed all the same (the database node died with the
     * answer, issue #15): the form that found it stored tells the others now, as the commit would have.
     */
    public void committedWithoutAnswer(SessionChanged changed) {
        listeners.publish(changed);
    }
}
