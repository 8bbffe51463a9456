package cn.gongkai.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.IntegrationTest;
import cn.gongkai.platform.session.RedisConnectionWarmUp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The page cache's two tiers with a second instance beside the application's: a second {@link PageCache} on the same
 * Redis, with its own memory, meters and clock, as another instance of the portal would have.
 */
@IntegrationTest
class PageCacheIntegrationTests {

    private static final Duration FRESHNESS = Duration.ofSeconds(10);

    @Autowired
    PageCache thisInstance;

    @Autowired
    ReactiveRedisConnectionFactory connections;

    @Autowired
    RedisConnectionWarmUp connection;

    @Autowired
    ReactiveStringRedisTemplate redis;

    private final AtomicLong nanos = new AtomicLong();
    private final MeterRegistry otherMeters = new SimpleMeterRegistry();
    private PageCache otherInstance;

    @BeforeEach
    void createOtherInstance() {
        otherInstance = new PageCache(
                connections,
                connection,
                otherMeters,
                Duration.ofSeconds(2),
                FRESHNESS,
                DataSize.ofMegabytes(1),
                nanos::get);
    }

    @AfterEach
    void stopOtherInstance() {
        otherInstance.stop();
    }

    @Test
    void aPageEvictedOnOneInstanceIsForgottenByTheOtherAtOnceNotWhenItsFreshnessEnds() {
        startOtherInstance();
        String key = uniqueKey();
        assertThat(read(thisInstance, key, () -> "v1")).isEqualTo("v1");
        // The other instance finds it in Redis and keeps it.
        assertThat(read(otherInstance, key, () -> "never rendered")).isEqualTo("v1");
        assertThat(count("gongkai.page.cache.shared", "hit")).isEqualTo(1);
        assertThat(count("gongkai.page.cache.renders")).isZero();

        thisInstance.evict(key).block();

        // Its clock stands still: only the message can make it forget.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> read(otherInstance, key, () -> "v2").equals("v2"));
        assertThat(count("gongkai.page.cache.evictions.heard")).isGreaterThan(probesHeard);
    }

    @Test
    void concurrentMissesForOnePageWaitForOneRendering() {
        String key = uniqueKey();
        AtomicInteger renderings = new AtomicInteger();
        Supplier<Mono<byte[]>> slowRendering = () -> Mono.delay(Duration.ofMillis(300))
                .map(tick -> ("page " + renderings.incrementAndGet()).getBytes(StandardCharsets.UTF_8));

        List<String> pages = Flux.range(0, 50)
                .flatMap(request -> otherInstance.get(key, Duration.ofMinutes(1), slowRendering))
                .map(page -> new String(page, StandardCharsets.UTF_8))
                .collectList()
                .block();

        assertThat(pages).hasSize(50).containsOnly("page 1");
        assertThat(renderings).hasValue(1);
        assertThat(count("gongkai.page.cache.renders")).isEqualTo(1);
        assertThat(otherMeters
                        .get("cache.gets")
                        .tag("cache", "pages")
                        .tag("result", "miss")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(otherMeters
                        .get("cache.gets")
                        .tag("cache", "pages")
                        .tag("result", "hit")
                        .counter()
                        .count())
                .isEqualTo(49);
    }

    @Test
    void aPagePastItsFreshnessIsServedOnceMoreWhileOneRefreshRuns() {
        String key = uniqueKey();
        AtomicInteger renderings = new AtomicInteger();
        // The first rendering is quick, the next takes a while: long enough to see who waits for it.
        Supplier<Mono<byte[]>> rendering = () -> {
            int n = renderings.incrementAndGet();
            Mono<byte[]> page = Mono.fromSupplier(() -> ("page " + n).getBytes(StandardCharsets.UTF_8));
            return n == 1 ? page : Mono.delay(Duration.ofMillis(500)).then(page);
        };
        assertThat(text(otherInstance.get(key, Duration.ofMinutes(1), rendering)))
                .isEqualTo("page 1");
        // Gone from Redis (expired there, say): the refresh renders it again.
        redis.delete("gongkai:page:" + key).block();

        nanos.addAndGet(FRESHNESS.plusSeconds(1).toNanos());

        assertThat(text(otherInstance.get(key, Duration.ofMinutes(1), rendering)))
                .isEqualTo("page 1");
        assertThat(text(otherInstance.get(key, Duration.ofMinutes(1), rendering)))
                .isEqualTo("page 1");
        Awaitility.await()
                .until(() -> text(otherInstance.get(key, Duration.ofMinutes(1), rendering))
                        .equals("page 2"));
        assertThat(renderings).hasValue(2);
        assertThat(count("gongkai.page.cache.refreshes")).isEqualTo(1);
        assertThat(count("gongkai.page.cache.renders")).isEqualTo(2);
    }

    @Test
    void aPageWhoseRenderingFindsNothingIsNotKept() {
        String key = uniqueKey();
        AtomicInteger renderings = new AtomicInteger();

        assertThat(otherInstance
                        .get(key, Duration.ofMinutes(1), () -> Mono.fromRunnable(renderings::incrementAndGet))
                        .block())
                .isNull();
        // The empty answer is dropped once it is given: a request right after it may still be given it.
        Awaitility.await()
                .until(() -> otherInstance
                        .get(key, Duration.ofMinutes(1), () -> Mono.just("now there".getBytes(StandardCharsets.UTF_8)))
                        .map(page -> new String(page, StandardCharsets.UTF_8))
                        .blockOptional()
                        .filter("now there"::equals)
                        .isPresent());
        assertThat(renderings).hasValue(1);
    }

    private double probesHeard;

    /** Started, and listening: it hears this instance's evictions. */
    private void startOtherInstance() {
        otherInstance.start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            thisInstance.evict("probe:" + UUID.randomUUID()).block();
            return count("gongkai.page.cache.evictions.heard") > 0;
        });
        probesHeard = count("gongkai.page.cache.evictions.heard");
    }

    private static String read(PageCache cache, String key, Supplier<String> rendering) {
        return new String(
                cache.get(
                                key,
                                Duration.ofMinutes(1),
                                () -> Mono.fromSupplier(() -> rendering.get().getBytes(StandardCharsets.UTF_8)))
                        .block(),
                StandardCharsets.UTF_8);
    }

    private static String text(Mono<byte[]> page) {
        return new String(page.block(), StandardCharsets.UTF_8);
    }

    private static String uniqueKey() {
        return "test:" + UUID.randomUUID();
    }

    private double count(String counter) {
        return otherMeters.counter(counter).count();
    }

    private double count(String counter, String result) {
        return otherMeters.counter(counter, "result", result).count();
    }
}
