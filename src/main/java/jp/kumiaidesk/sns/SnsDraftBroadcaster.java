package jp.kumiaidesk.sns;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import jp.kumiaidesk.base.Listeners;

/**
 * Tells open draft editors that the draft they show changed, after the change committed. Like the notification bell,
 * this reaches UIs on this node (decision 0005). Listeners hand work to their UI with {@code ui.access}.
 */
@Component
public class SnsDraftBroadcaster {

    private final Listeners<Long, SnsDraftChanged> listeners = new Listeners<>();

    public Registration register(long draftId, Consumer<SnsDraftChanged> callback) {
        return listeners.register(draftId, callback);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(SnsDraftChanged changed) {
        listeners.fire(changed.draftId(), changed);
    }
}
