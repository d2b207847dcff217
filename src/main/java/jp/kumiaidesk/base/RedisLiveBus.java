package jp.kumiaidesk.base;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Several app nodes: a message is delivered on this node at once (a broken Redis never stops a node's own live
 * updates) and published on Redis for the others, which ignore their own messages when they come back. Pub/sub
 * keeps nothing: a node that is down misses messages, and its UIs re-read the database when they reconnect anyway.
 *
 * <p>Neither a publisher nor a subscriber waits for Redis: messages go out in order from a thread of their own, and
 * subscriptions are made from another, so a Redis that is gone (its host died, or the network to it) holds up no save,
 * no page being opened and no user's session. While it is gone, messages reach this node only, and a subscription that
 * Redis refused is tried again every few seconds; the log says so once when that starts and once when it is over.
 */
public class RedisLiveBus extends LocalLiveBus implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveBus.class);
    private static final String PREFIX = "kumiai-desk:live:";
    private static final int RESUBSCRIBE_SECONDS = 3;

    private final String node = UUID.randomUUID().toString();
    private final RedisConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();
    /** Whether the last message went out; the log speaks only when this changes. */
    private final AtomicBoolean reaching = new AtomicBoolean(true);
    /** Whether the last subscription was made; the same. */
    private final AtomicBoolean hearing = new AtomicBoolean(true);
    private final ScheduledExecutorService subscriber = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("redis-live-subscribe").daemon().factory());
    /** One thread keeps the order; a full queue (Redis stuck for long) drops the newest, as pub/sub may anyway. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().name("redis-live-send").daemon().factory(),
            (dropped, executor) -> {
                if (!executor.isShutdown()) { // when closing, the last messages simply stay on this node
                    failed("the queue for Redis is full");
                }
            });

    public RedisLiveBus(RedisConnectionFactory connections, RedisMessageListenerContainer container) {
        this.connections = connections;
        this.redis = new StringRedisTemplate(connections);
        this.container = container;
    }

    @Override
    public void subscribe(String channel, Consumer<String> delivery) {
        super.subscribe(channel, delivery);
        if (subscribed.add(channel)) {
            MessageListener fromOtherNodes = (message, pattern) -> {
                String body = new String(message.getBody(), StandardCharsets.UTF_8);
                int newline = body.indexOf('\n');
                if (newline > 0 && !body.substring(0, newline).equals(node)) {
                    deliver(channel, body.substring(newline + 1));
                }
            };
            try {
                subscriber.execute(() -> listen(channel, fromOtherNodes));
            } catch (RejectedExecutionException closing) {
                // the node is shutting down: nothing more to hear
            }
        }
    }

    /**
     * Subscribes on Redis. When Redis refuses (it is gone, so the container's connection is down), the container
     * keeps the listener but not the subscription, and nothing would make it later: so it is tried again until made.
     */
    private void listen(String channel, MessageListener fromOtherNodes) {
        try {
            container.addMessageListener(fromOtherNodes, new ChannelTopic(PREFIX + channel));
            if (hearing.compareAndSet(false, true)) {
                log.info("Redis subscription on {} made: this node hears the others again", channel);
            }
        } catch (RuntimeException e) {
            String why = NestedExceptionUtils.getMostSpecificCause(e).toString();
            if (hearing.compareAndSet(true, false)) {
                log.warn("This node does not hear the others on {} until Redis answers; trying every {} s: {}",
                        channel, RESUBSCRIBE_SECONDS, why);
            } else {
                log.debug("Redis subscription on {} not made yet: {}", channel, why);
            }
            if (!subscriber.isShutdown()) {
                subscriber.schedule(() -> listen(channel, fromOtherNodes), RESUBSCRIBE_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void publish(String channel, String message) {
        deliver(channel, message);
        sender.execute(() -> send(channel, message));
    }

    private void send(String channel, String message) {
        try {
            redis.convertAndSend(PREFIX + channel, node + "\n" + message);
            if (reaching.compareAndSet(false, true)) {
                log.info("Redis takes live updates again: the other app nodes hear this one");
            }
        } catch (RuntimeException e) {
            failed(NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }

    private void failed(String why) {
        if (reaching.compareAndSet(true, false)) {
            log.warn("Live updates reach this node only until Redis takes them again: {}", why);
        } else {
            log.debug("Live update reached this node only: {}", why);
        }
    }

    @Override
    public void close() throws Exception {
        subscriber.shutdownNow();
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        container.destroy();
        if (connections instanceof org.springframework.beans.factory.DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
