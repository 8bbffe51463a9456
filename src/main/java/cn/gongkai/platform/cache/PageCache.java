package cn.gongkai.platform.cache;

import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.session.RedisConnectionWarmUp;
import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineStatsCounter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * The page cache (页面缓存), in two tiers: each instance keeps the pages it serves in memory, in front of Redis, which
 * every instance shares. A hot page is rendered once, fetched from Redis once per instance, then served from memory.
 *
 * <ul>
 *   <li>Concurrent misses for one page on an instance wait for one fetch or rendering (single flight).
 *   <li>A page older than its freshness here is served once more while one refresh runs behind it.
 *   <li>An eviction deletes the page in Redis and tells every instance at once (Redis pub/sub); a message missed while
 *       Redis was away is made up for by the freshness.
 *   <li>When Redis is down or slow the page is rendered as if there were no shared tier: the cache speeds the portal
 *       up, it never takes it down.
 * </ul>
 *
 * Pages are kept as the UTF-8 bytes that are sent: a hit is neither decoded nor encoded again. A page must depend on
 * its key alone: whichever request first asks for a key, its rendering serves everyone.
 */
@Component
public class PageCache implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);
    private static final String PREFIX = "gongkai:page:";
    private static final ChannelTopic EVICTIONS = ChannelTopic.of("gongkai:page-evictions");

    /** An eviction waits this long at most: it follows a committed change, which it must never fail or hold up. */
    private static final Duration EVICTION_PATIENCE = Duration.ofSeconds(1);

    private final ReactiveRedisConnectionFactory connections;
    private final ReactiveRedisTemplate<String, byte[]> redis;
    private final RedisConnectionWarmUp connection;
    private final AsyncLoadingCache<Page, byte[]> here;
    private final Counter failedEvictions;
    private final Counter sharedHits;
    private final Counter sharedMisses;
    private final Counter renders;
    private final Counter refreshes;
    private final Counter evictionsHeard;
    private volatile Disposable listening;

    /** Tells this instance's own evictions apart from the others' on the channel. */
    private final String instance = UUID.randomUUID().toString();

    /** Longer than this and rendering afresh is the faster answer. */
    private final Duration patience;

    @Autowired
    PageCache(
            ReactiveRedisConnectionFactory connections,
            RedisConnectionWarmUp connection,
            MeterRegistry meters,
            @Value("${gongkai.page-cache.redis-patience:250ms}") Duration patience,
            @Value("${gongkai.page-cache.local-freshness:10s}") Duration localFreshness,
            @Value("${gongkai.page-cache.local-memory:64MB}") DataSize localMemory) {
        this(connections, connection, meters, patience, localFreshness, localMemory, Ticker.systemTicker());
    }

    PageCache(
            ReactiveRedisConnectionFactory connections,
            RedisConnectionWarmUp connection,
            MeterRegistry meters,
            Duration patience,
            Duration localFreshness,
            DataSize localMemory,
            Ticker ticker) {
        this.connections = connections;
        this.connection = connection;
        this.patience = patience;
        this.failedEvictions = Counter.builder("gongkai.page.cache.evictions.failed")
                .description("Pages that could not be evicted (Redis down or slow); each is served until it expires")
                .register(meters);
        this.sharedHits = Counter.builder("gongkai.page.cache.shared")
                .tag("result", "hit")
                .description("Pages an instance did not hold and found in Redis")
                .register(meters);
        this.sharedMisses = Counter.builder("gongkai.page.cache.shared")
                .tag("result", "miss")
                .description("Pages an instance did not hold and Redis did not either (or did not answer in time)")
                .register(meters);
        this.renders = Counter.builder("gongkai.page.cache.renders")
                .description("Pages rendered because no tier held them")
                .register(meters);
        this.refreshes = Counter.builder("gongkai.page.cache.refreshes")
                .description("Pages served past their freshness while one refresh ran")
                .register(meters);
        this.redis = new ReactiveRedisTemplate<>(
                connections,
                RedisSerializationContext.<String, byte[]>newSerializationContext(RedisSerializer.string())
                        .value(RedisSerializer.byteArray())
                        .build());
        this.evictionsHeard = Counter.builder("gongkai.page.cache.evictions.heard")
                .description("Evictions other instances published, applied to this instance's memory")
                .register(meters);
        // Counted as cache.gets, cache.loads and cache.evictions tagged cache=pages.
        CaffeineStatsCounter stats = new CaffeineStatsCounter(meters, "pages");
        this.here = Caffeine.newBuilder()
                .maximumWeight(localMemory.toBytes())
                .<Page, byte[]>weigher((page, bytes) -> bytes.length)
                .expireAfter(Expiry.<Page, byte[]>writing((page, bytes) -> page.timeToLive()))
                .refreshAfterWrite(localFreshness)
                .ticker(ticker)
                .recordStats(() -> stats)
                .buildAsync(new Loader());
        stats.registerSizeMetric(here.synchronous());
    }

    /** The cached page under {@code key}, or the rendered one, kept for {@code timeToLive}. */
    public Mono<byte[]> get(String key, Duration timeToLive, Supplier<Mono<byte[]>> render) {
        // Callers that go away must not cancel the one fetch the others wait for.
        return Mono.fromFuture(() -> here.get(new Page(key, timeToLive, render)), true);
    }

    /**
     * Forgets the pages everywhere: the next request renders the current version. When Redis cannot be reached the
     * change that asked for it still stands: the failure is logged and counted, and the pages expire on their own
     * (other instances' copies within their freshness).
     */
    public Mono<Void> evict(String... keys) {
        forgetHere(List.of(keys));
        String[] stored = Arrays.stream(keys).map(key -> PREFIX + key).toArray(String[]::new);
        return redis.delete(stored)
                .then(redis.convertAndSend(
                        EVICTIONS.getTopic(),
                        (instance + "\n" + String.join("\n", keys)).getBytes(StandardCharsets.UTF_8)))
                .timeout(EVICTION_PATIENCE)
                .then()
                .onErrorResume(error -> {
                    failedEvictions.increment(keys.length);
                    log.warn(
                            "pages {} not evicted, served until they expire: {}",
                            String.join(", ", keys),
                            error.toString());
                    return Mono.empty();
                });
    }

    private void forgetHere(List<String> keys) {
        // A page is equal to its key whatever its lifetime and rendering.
        here.synchronous().invalidateAll(keys.stream().map(Page::of).toList());
    }

    /** The page from Redis, or rendered and stored there. */
    private Mono<byte[]> shared(Page page) {
        if (!connection.isConnected()) {
            return rendered(page);
        }
        return redis.opsForValue()
                .get(PREFIX + page.key())
                .timeout(patience)
                .onErrorResume(error -> {
                    log.debug("page cache unavailable for {}: {}", page.key(), error.toString());
                    return Mono.empty();
                })
                .doOnNext(found -> sharedHits.increment())
                .switchIfEmpty(Mono.defer(() -> {
                    sharedMisses.increment();
                    return rendered(page)
                            .flatMap(bytes -> redis.opsForValue()
                                    .set(PREFIX + page.key(), bytes, page.timeToLive())
                                    .timeout(patience)
                                    .onErrorResume(error -> Mono.just(false))
                                    .thenReturn(bytes));
                }));
    }

    private Mono<byte[]> rendered(Page page) {
        return Mono.defer(() -> {
            renders.increment();
            return page.render().get();
        });
    }

    /** Listens for other instances' evictions, and listens again whenever Redis comes back. */
    @Override
    public void start() {
        var text = RedisSerializationContext.SerializationPair.fromSerializer(RedisSerializer.string());
        listening = Mono.fromCallable(() -> new ReactiveRedisMessageListenerContainer(connections))
                // Creating the container connects, which blocks.
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(container -> container
                        .receiveLater(List.of(EVICTIONS), text, text)
                        // Whatever was published while nobody listened here is forgotten here.
                        .doOnNext(subscribed -> here.synchronous().invalidateAll())
                        .flatMapMany(messages -> messages)
                        .doFinally(signal -> container.destroyLater().subscribe()))
                .retryWhen(
                        Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(1)).scheduler(Schedulers.boundedElastic()))
                .map(message -> List.of(message.getMessage().split("\n")))
                .filter(message -> !message.get(0).equals(instance))
                .subscribe(message -> {
                    List<String> keys = message.subList(1, message.size());
                    forgetHere(keys);
                    evictionsHeard.increment(keys.size());
                });
    }

    @Override
    public void stop() {
        Disposable running = listening;
        listening = null;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    /** After the Redis connection's warm-up. */
    @Override
    public int getPhase() {
        return 2;
    }

    /** A page by its key; its lifetime and rendering travel with it to the loader but do not tell pages apart. */
    private record Page(String key, Duration timeToLive, Supplier<Mono<byte[]>> render) {

        static Page of(String key) {
            return new Page(key, Duration.ZERO, Mono::empty);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Page page && page.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    private final class Loader implements AsyncCacheLoader<Page, byte[]> {

        @Override
        public CompletableFuture<? extends byte[]> asyncLoad(Page page, Executor executor) {
            return shared(page).toFuture();
        }

        @Override
        public CompletableFuture<? extends byte[]> asyncReload(Page page, byte[] stale, Executor executor) {
            refreshes.increment();
            // A page that is gone (a withdrawn report) is forgotten; one that failed otherwise is kept until it
            // expires, as the stale answer beats an error.
            return shared(page)
                    .onErrorResume(NotFoundException.class, gone -> Mono.empty())
                    .toFuture();
        }
    }
}
