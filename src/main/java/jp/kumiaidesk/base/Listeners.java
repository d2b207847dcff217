package jp.kumiaidesk.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;

/**
 * The open UIs that want to hear about one thing (a user's notifications, a draft, a session), by that thing's key.
 * The features' broadcasters fire it after their change committed; callbacks hand work to their UI with
 * {@code ui.access}. Reaches UIs on this node; {@link LiveChannel} carries events to the other nodes (decision 0011).
 */
public final class Listeners<K, E> {

    private record Listener<K, E>(K key, Consumer<E> callback) {
    }

    private final List<Listener<K, E>> listeners = new CopyOnWriteArrayList<>();

    public Registration register(K key, Consumer<E> callback) {
        Listener<K, E> listener = new Listener<>(key, callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void fire(K key, E event) {
        for (Listener<K, E> listener : listeners) {
            if (listener.key().equals(key)) {
                listener.callback().accept(event);
            }
        }
    }
}
