package jp.kumiaidesk.sns;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import jp.kumiaidesk.base.LiveBus;
import jp.kumiaidesk.base.LiveChannel;

/**
 * Tells open draft editors that the draft they show changed, after the change committed. Like the notification bell,
 * this reaches UIs on every node (decision 0011). Listeners hand work to their UI with {@code ui.access}.
 */
@Component
public class SnsDraftBroadcaster {

    private final LiveChannel<Long, SnsDraftChanged> listeners;

    SnsDraftBroadcaster(LiveBus bus) {
        this.listeners = new LiveChannel<>(bus, "sns-draft", SnsDraftChanged.class, SnsDraftChanged::draftId);
    }

    public Registration register(long draftId, Consumer<SnsDraftChanged> callback) {
        return listeners.register(draftId, callback);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(SnsDraftChanged changed) {
        listeners.publish(changed);
    }

    /**
     * A save whose transaction failed at COMMIT but was committed all the same (the database node died with the
     * answer, issue #15): the editor that found it stored tells the others now, as the commit would have. Without
     * this, the change reached nobody until the next one (the chaos run's "not seen within 10 s").
     */
    public void committedWithoutAnswer(SnsDraftChanged changed) {
        listeners.publish(changed);
    }
}
