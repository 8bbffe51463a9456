package cn.gongkai.platform.session;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Opens the shared Redis connection before requests need it. Lettuce's connection factory connects
 * the shared connection synchronously on first use, which on an event-loop thread would stall every
 * request on it. Once connected, Lettuce reconnects by itself without blocking; until then (Redis
 * down at start-up) callers ask {@link #isConnected()} and leave Redis alone, while this keeps trying
 * in the background. Started right after the connection factory, before the web server.
 */
@Component
public class RedisConnectionWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisConnectionWarmUp.class);

    private final ReactiveRedisConnectionFactory connections;
    private final AtomicBoolean connected = new AtomicBoolean();
    private volatile Disposable attempts;

    RedisConnectionWarmUp(ReactiveRedisConnectionFactory connections) {
        this.connections = connections;
    }

    /** Whether the shared connection has been opened, so using Redis cannot block. */
    public boolean isConnected() {
        return connected.get();
    }

    @Override
    public void start() {
        attempts = ping().onErrorResume(first -> {
                    log.warn(
                            "Redis is not reachable ({}); sessions and caches degrade until it is", first.getMessage());
                    // Each retry connects anew, which blocks: its timer fires on a thread that may block too.
                    return ping().retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(5))
                                    .scheduler(Schedulers.boundedElastic()))
                            .subscribeOn(Schedulers.boundedElastic());
                })
                .subscribe(pong -> {
                    connected.set(true);
                    log.info("Redis connection open");
                });
    }

    @Override
    public void stop() {
        connected.set(false);
        Disposable running = attempts;
        if (running != null) {
            running.dispose();
        }
        attempts = null;
    }

    @Override
    public boolean isRunning() {
        return attempts != null;
    }

    /** Just after the connection factory (phase 0), long before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }

    /** Obtaining the connection is what connects; on the first try that happens on the starting thread. */
    private Mono<String> ping() {
        return Mono.usingWhen(
                Mono.fromSupplier(connections::getReactiveConnection),
                ReactiveRedisConnection::ping,
                ReactiveRedisConnection::closeLater);
    }
}
