package cn.gongkai.platform.cache;

import cn.gongkai.platform.session.RedisConnectionWarmUp;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The page cache in Redis (页面缓存), shared by every instance: a hot page is rendered once and served from memory
 * until its owner evicts it (a report's page when a new version is published) or it expires. When Redis is down or
 * slow the page is rendered as if there were no cache: the cache speeds the portal up, it never takes it down.
 * Pages are kept as the UTF-8 bytes that are sent: a hit is neither decoded nor encoded again.
 */
@Component
public class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);
    private static final String PREFIX = "gongkai:page:";

    /** An eviction waits this long at most: it follows a committed change, which it must never fail or hold up. */
    private static final Duration EVICTION_PATIENCE = Duration.ofSeconds(1);

    private final ReactiveRedisTemplate<String, byte[]> redis;
    private final RedisConnectionWarmUp connection;
    private final Counter failedEvictions;

    /** Longer than this and rendering afresh is the faster answer. */
    private final Duration patience;

    PageCache(
            ReactiveRedisConnectionFactory connections,
            RedisConnectionWarmUp connection,
            MeterRegistry meters,
            @Value("${gongkai.page-cache.redis-patience:250ms}") Duration patience) {
        this.patience = patience;
        this.failedEvictions = Counter.builder("gongkai.page.cache.evictions.failed")
                .description("Pages that could not be evicted (Redis down or slow); each is served until it expires")
                .register(meters);
        this.redis = new ReactiveRedisTemplate<>(
                connections,
                RedisSerializationContext.<String, byte[]>newSerializationContext(RedisSerializer.string())
                        .value(RedisSerializer.byteArray())
                        .build());
        this.connection = connection;
    }

    /** The cached page under {@code key}, or the rendered one, stored for {@code timeToLive}. */
    public Mono<byte[]> get(String key, Duration timeToLive, Supplier<Mono<byte[]>> render) {
        if (!connection.isConnected()) {
            return render.get();
        }
        return redis.opsForValue()
                .get(PREFIX + key)
                .timeout(patience)
                .onErrorResume(error -> {
                    log.debug("page cache unavailable for {}: {}", key, error.toString());
                    return Mono.empty();
                })
                .switchIfEmpty(Mono.defer(() -> render.get()
                        .flatMap(page -> redis.opsForValue()
                                .set(PREFIX + key, page, timeToLive)
                                .timeout(patience)
                                .onErrorResume(error -> Mono.just(false))
                                .thenReturn(page))));
    }

    /**
     * Forgets the page everywhere: the next request renders the current version. When Redis cannot be reached the
     * change that asked for it still stands: the failure is logged and counted, and the page expires on its own.
     */
    public Mono<Void> evict(String... keys) {
        String[] stored = Arrays.stream(keys).map(key -> PREFIX + key).toArray(String[]::new);
        return redis.delete(stored).timeout(EVICTION_PATIENCE).then().onErrorResume(error -> {
            failedEvictions.increment(keys.length);
            log.warn("pages {} not evicted, served until they expire: {}", String.join(", ", keys), error.toString());
            return Mono.empty();
        });
    }
}
