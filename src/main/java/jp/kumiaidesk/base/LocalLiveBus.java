package jp.kumiaidesk.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The in-JVM bus: a message reaches the deliveries of this node, at once and on the publishing thread. */
public class LocalLiveBus implements LiveBus {

    private final Map<String, List<Consumer<String>>> deliveries = new ConcurrentHashMap<>();

    @Override
    public void subscribe(String channel, Consumer<String> delivery) {
        deliveries.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(delivery);
    }

    @Override
    public void publish(String channel, String message) {
        deliver(channel, message);
    }

    protected void deliver(String channel, String message) {
        for (Consumer<String> delivery : deliveries.getOrDefault(channel, List.of())) {
            delivery.accept(message);
        }
    }
}
