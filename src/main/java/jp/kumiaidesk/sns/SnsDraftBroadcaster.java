package jp.kumiaidesk.sns;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open draft editors that the draft they show changed, after the change committed. Like the notification bell,
 * this reaches UIs on this node (decision 0005). Listeners hand work to their UI with {@code ui.access}.
 */
@Component
public class SnsDraftBroadcaster {

    private record Listener(long draftId, Consumer<SnsDraftChanged> callback) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public Registration register(long draftId, Consumer<SnsDraftChanged> callback) {
        Listener listener = new Listener(draftId, callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(SnsDraftChanged changed) {
        for (Listener listener : listeners) {
            if (listener.draftId() == changed.draftId()) {
                listener.callback().accept(changed);
            }
        }
    }
}
