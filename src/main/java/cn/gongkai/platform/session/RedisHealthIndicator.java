package cn.gongkai.platform.session;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Redis health without the blocking first connect of the stock indicator: DOWN until the shared
 * connection is open, then a PING on it.
 */
@Component("redisHealthIndicator")
class RedisHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveRedisConnectionFactory connections;
    private final RedisConnectionWarmUp warmUp;

    RedisHealthIndicator(ReactiveRedisConnectionFactory connections, RedisConnectionWarmUp warmUp) {
        this.connections = connections;
        this.warmUp = warmUp;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        if (!warmUp.isConnected()) {
            return Mono.just(builder.down().withDetail("error", "not connected").build());
        }
        return Mono.usingWhen(
                        Mono.fromSupplier(connections::getReactiveConnection),
                        ReactiveRedisConnection::ping,
                        ReactiveRedisConnection::closeLater)
                .map(pong -> builder.up().build());
    }
}
