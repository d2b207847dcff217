package jp.kumiaidesk.base;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import io.lettuce.core.ClientOptions;

/**
 * {@code KD_REDIS_URL} unset: live updates stay in this JVM. Set ({@code redis://host:6379}, {@code rediss://…}, or
 * {@code redis-sentinel://host1:26379,host2:26379/0#mymaster} for Sentinel): they also go through Redis pub/sub to
 * the other app nodes.
 */
@Configuration
class LiveBusConfiguration {

    @Bean
    LiveBus liveBus(@Value("${kd.redis-url:}") String redisUrl) {
        if (redisUrl.isBlank()) {
            return new LocalLiveBus();
        }
        return redisBus(redisUrl);
    }

    /**
     * A publish is one small command: when Redis has not answered it in this time, it is not coming. (Lettuce's own
     * default is a minute.)
     */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    static RedisLiveBus redisBus(String redisUrl) {
        RedisConfiguration where = LettuceConnectionFactory.createRedisConfiguration(redisUrl);
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(COMMAND_TIMEOUT)
                // while the connection is down (Lettuce reconnects by itself), a command fails at once instead of
                // waiting in Lettuce's queue for the reconnection or the timeout
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        if (redisUrl.startsWith("rediss:")) {
            client.useSsl();
        }
        LettuceConnectionFactory connections = new LettuceConnectionFactory(where, client.build());
        connections.afterPropertiesSet();
        connections.start();
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.afterPropertiesSet();
        container.start();
        return new RedisLiveBus(connections, container);
    }
}
