package jp.kumiaidesk.base;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;

/**
 * One kind of live event (a user's notifications changed, a draft changed, a session was saved) on the
 * {@link LiveBus}: published as JSON on every node, handed to the open UIs that registered for the event's key.
 */
public final class LiveChannel<K, E> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Listeners<K, E> listeners = new Listeners<>();
    private final LiveBus bus;
    private final String name;

    public LiveChannel(LiveBus bus, String name, Class<E> type, Function<E, K> key) {
        this.bus = bus;
        this.name = name;
        bus.subscribe(name, json -> {
            E event = JSON.readValue(json, type);
            listeners.fire(key.apply(event), event);
        });
    }

    public Registration register(K key, Consumer<E> callback) {
        return listeners.register(key, callback);
    }

    public void publish(E event) {
        bus.publish(name, JSON.writeValueAsString(event));
    }
}
