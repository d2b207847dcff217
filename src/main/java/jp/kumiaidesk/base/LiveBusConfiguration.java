package jp.kumiaidesk.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

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

    static RedisLiveBus redisBus(String redisUrl) {
        RedisConfiguration where = LettuceConnectionFactory.createRedisConfiguration(redisUrl);
        LettuceConnectionFactory connections = new LettuceConnectionFactory(where);
        connections.afterPropertiesSet();
        connections.start();
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.afterPropertiesSet();
        container.start();
        return new RedisLiveBus(connections, container);
    }
}
