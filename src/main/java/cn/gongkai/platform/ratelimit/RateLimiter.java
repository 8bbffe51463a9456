package cn.gongkai.platform.ratelimit;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.crypto.BlindIndex;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits how often one client may do something (访问频率限制), the same on every instance: a token bucket per limit and
 * client kept in Redis (Bucket4j over Lettuce). Over the limit, a 429 problem with {@code Retry-After}; when Redis
 * cannot answer in time the request goes through, since a hotline that cannot take calls is worse than one that takes
 * a few too many. Clients are keyed by a keyed hash, so Redis holds no addresses.
 */
@Component
public class RateLimiter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final RateLimitSettings settings;
    private final BlindIndex index;
    private final String redisUrl;
    private volatile RedisClient client;
    private volatile Mono<AsyncProxyManager<String>> buckets;

    RateLimiter(
            RateLimitSettings settings,
            BlindIndex index,
            @Value("${spring.data.redis.url:redis://127.0.0.1:6379/0}") String redisUrl) {
        this.settings = settings;
        this.index = index;
        this.redisUrl = redisUrl;
    }

    /**
     * Takes one request of {@code client} from the limit {@code name}; a 429 problem, with the seconds to wait in
     * {@code Retry-After}, when none is left.
     */
    public Mono<Void> acquire(String name, String client) {
        RateLimitSettings.Limit limit = settings.limits().get(name);
        Mono<AsyncProxyManager<String>> manager = buckets;
        if (limit == null || manager == null) {
            return Mono.empty();
        }
        String key = "gongkai:rate-limit:" + name + ":" + index.of("rate-limit:" + client);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        return manager.flatMap(proxies -> Mono.fromFuture(
                        () -> proxies.builder().build(key, configuration).tryConsumeAndReturnRemaining(1)))
                .timeout(settings.timeout())
                .onErrorResume(error -> {
                    log.warn("rate limit {} not checked: {}", name, error.toString());
                    return Mono.empty();
                })
                .flatMap(probe -> probe.isConsumed() ? Mono.<Void>empty() : Mono.error(tooMany(probe)));
    }

    private static PortalException tooMany(ConsumptionProbe probe) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        PortalException problem = new PortalException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    /** Connects without blocking; until connected, and whenever Redis is away, requests are not limited. */
    @Override
    public void start() {
        RedisURI uri = RedisURI.create(redisUrl);
        client = RedisClient.create();
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        Mono<StatefulRedisConnection<String, byte[]>> connection = Mono.fromFuture(
                        () -> client.connectAsync(codec, uri).toCompletableFuture())
                .cache(connected -> Duration.ofDays(36500), error -> Duration.ZERO, () -> Duration.ZERO);
        buckets = connection
                .map(connected -> Bucket4jLettuce.casBasedBuilder(connected)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build()
                        .asAsync())
                .cache(manager -> Duration.ofDays(36500), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public void stop() {
        RedisClient running = client;
        buckets = null;
        client = null;
        if (running != null) {
            running.shutdownAsync();
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }
}
