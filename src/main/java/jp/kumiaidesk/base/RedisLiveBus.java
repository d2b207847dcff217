package jp.kumiaidesk.base;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Several app nodes: a message is delivered on this node at once (a broken Redis never stops a node's own live
 * updates) and published on Redis for the others, which ignore their own messages when they come back. Pub/sub
 * keeps nothing: a node that is down misses messages, and its UIs re-read the database when they reconnect anyway.
 */
public class RedisLiveBus extends LocalLiveBus implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveBus.class);
    private static final String PREFIX = "kumiai-desk:live:";

    private final String node = UUID.randomUUID().toString();
    private final RedisConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

    public RedisLiveBus(RedisConnectionFactory connections, RedisMessageListenerContainer container) {
        this.connections = connections;
        this.redis = new StringRedisTemplate(connections);
        this.container = container;
    }

    @Override
    public void subscribe(String channel, Consumer<String> delivery) {
        super.subscribe(channel, delivery);
        if (subscribed.add(channel)) {
            container.addMessageListener((message, pattern) -> {
                String body = new String(message.getBody(), StandardCharsets.UTF_8);
                int newline = body.indexOf('\n');
                if (newline > 0 && !body.substring(0, newline).equals(node)) {
                    deliver(channel, body.substring(newline + 1));
                }
            }, new ChannelTopic(PREFIX + channel));
        }
    }

    @Override
    public void publish(String channel, String message) {
        deliver(channel, message);
        try {
            redis.convertAndSend(PREFIX + channel, node + "\n" + message);
        } catch (RuntimeException e) {
            log.warn("Live update on {} reached this node only: Redis did not take it ({})", channel, e.toString());
        }
    }

    @Override
    public void close() throws Exception {
        container.destroy();
        if (connections instanceof org.springframework.beans.factory.DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
