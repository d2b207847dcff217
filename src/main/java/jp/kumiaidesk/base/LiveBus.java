package jp.kumiaidesk.base;

import java.util.function.Consumer;

/**
 * Carries "something changed" messages to the open UIs of every app node. The features' broadcasters publish after
 * their change committed and deliver what arrives to their {@link Listeners}. One node needs nothing more than
 * {@link LocalLiveBus}; several nodes set {@code KD_REDIS_URL} and get {@link RedisLiveBus} (decision 0011).
 */
public interface LiveBus {

    /** This node's delivery for a channel: it receives what any node publishes there, its own messages included. */
    void subscribe(String channel, Consumer<String> delivery);

    void publish(String channel, String message);
}
