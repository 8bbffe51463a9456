package cn.gongkai.platform.ratelimit;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.RequestMetadata;
import cn.gongkai.platform.crypto.BlindIndex;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce.LettuceBasedProxyManagerBuilder;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits how often one client may do something (访问频率限制), the same on every instance: a token bucket per limit and
 * client kept in Redis (Bucket4j over Lettuce). Over the limit, a 429 problem with {@code Retry-After}. When Redis
 * cannot answer in time a limit does what its settings say: reads go through, since a hotline that cannot take calls
 * is worse than one that takes a few too many; writes are counted by each instance alone. Clients are keyed by a keyed
 * hash, so Redis holds no addresses.
 */
@Component
public class RateLimiter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final RateLimitSettings settings;
    private final BlindIndex index;
    private final MeterRegistry meters;

    /** The buckets of limits that hold while Redis is away, this instance's alone; a client's is kept an hour. */
    private final Cache<String, Bucket> localBuckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** The event loops and timers of the application's other Redis connections, shared rather than doubled. */
    private final ClientResources resources;

    private final DataRedisConnectionDetails redis;
    private volatile AbstractRedisClient client;
    private volatile Mono<AsyncProxyManager<String>> buckets;

    RateLimiter(
            RateLimitSettings settings,
            BlindIndex index,
            MeterRegistry meters,
            ClientResources resources,
            DataRedisConnectionDetails redis) {
        this.settings = settings;
        this.index = index;
        this.meters = meters;
        this.resources = resources;
        this.redis = redis;
    }

    /**
     * Where the limits are kept: the one Redis, or the cluster's seed nodes, as the application's own Redis connection
     * is configured ({@code spring.data.redis.*}), with its user, password and TLS.
     */
    static List<RedisURI> addresses(DataRedisConnectionDetails redis) {
        List<RedisURI.Builder> nodes = redis.getCluster() != null
                ? redis.getCluster().getNodes().stream()
                        .map(node -> RedisURI.builder().withHost(node.host()).withPort(node.port()))
                        .toList()
                : List.of(RedisURI.builder()
                        .withHost(redis.getStandalone().getHost())
                        .withPort(redis.getStandalone().getPort())
                        .withDatabase(redis.getStandalone().getDatabase()));
        return nodes.stream()
                .map(node -> {
                    if (redis.getPassword() != null && redis.getUsername() != null) {
                        node.withAuthentication(
                                redis.getUsername(), redis.getPassword().toCharArray());
                    } else if (redis.getPassword() != null) {
                        node.withPassword(redis.getPassword().toCharArray());
                    }
                    return node.withSsl(redis.getSslBundle() != null).build();
                })
                .toList();
    }

    /**
     * Takes one request of the caller from the limit {@code name}: of the signed-in person, whatever address they
     * come from, or else of the client address.
     */
    public Mono<Void> acquireForCaller(String name) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(authentication ->
                        authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken))
                .map(person -> "person:" + person.getName())
                .switchIfEmpty(RequestMetadata.current().map(request -> request.clientAddress()))
                .flatMap(client -> acquire(name, client));
    }

    /**
     * Takes one request of {@code client} from the limit {@code name}; a 429 problem, with the seconds to wait in
     * {@code Retry-After}, when none is left.
     */
    public Mono<Void> acquire(String name, String client) {
        RateLimitSettings.Limit limit = settings.limits().get(name);
        if (limit == null) {
            return Mono.empty();
        }
        String key = "gongkai:rate-limit:" + name + ":" + index.of("rate-limit:" + client);
        Mono<AsyncProxyManager<String>> manager = buckets;
        Mono<ConsumptionProbe> counted = manager == null
                ? Mono.error(new IllegalStateException("not connected to Redis"))
                : manager.flatMap(proxies -> Mono.fromFuture(() -> proxies.builder()
                                .build(key, configuration(limit))
                                .tryConsumeAndReturnRemaining(1)))
                        .timeout(settings.timeout());
        return counted.onErrorResume(error -> withoutRedis(name, limit, key, error))
                .flatMap(probe -> probe.isConsumed() ? Mono.<Void>empty() : Mono.error(tooMany(probe)));
    }

    private Mono<ConsumptionProbe> withoutRedis(
            String name, RateLimitSettings.Limit limit, String key, Throwable error) {
        // The registry keeps one counter per limit: registering again finds it.
        Counter.builder("gongkai.rate-limits.without-redis")
                .tag("limit", name)
                .description(
                        "Requests a limit could not count in Redis: let through, or counted by this instance alone")
                .register(meters)
                .increment();
        log.debug("rate limit {} not checked in Redis: {}", name, error.toString());
        if (limit.withoutRedis() == RateLimitSettings.WithoutRedis.OPEN) {
            return Mono.empty();
        }
        Bucket bucket = localBuckets.get(
                key, absent -> Bucket.builder().addLimit(bandwidth(limit)).build());
        return Mono.just(bucket.tryConsumeAndReturnRemaining(1));
    }

    private static BucketConfiguration configuration(RateLimitSettings.Limit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    private static Bandwidth bandwidth(RateLimitSettings.Limit limit) {
        return Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build();
    }

    private static PortalException tooMany(ConsumptionProbe probe) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        PortalException problem = new PortalException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    /**
     * Connects without blocking, to the Redis Cluster when its nodes are configured, else to the one Redis; until
     * connected, and whenever Redis is away, each limit does what it does without Redis. While the connection is down,
     * commands fail at once instead of waiting for it.
     */
    @Override
    public void start() {
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        Mono<LettuceBasedProxyManagerBuilder<String>> builder;
        List<RedisURI> addresses = addresses(redis);
        if (redis.getCluster() == null) {
            RedisClient single = RedisClient.create(resources);
            single.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            client = single;
            builder = Mono.fromFuture(
                            () -> single.connectAsync(codec, addresses.get(0)).toCompletableFuture())
                    .map(Bucket4jLettuce::casBasedBuilder);
        } else {
            RedisClusterClient cluster = RedisClusterClient.create(resources, addresses);
            cluster.setOptions(ClusterClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            client = cluster;
            // The cluster's slots are read first: connecting asynchronously does not read them itself.
            builder = Mono.fromCompletionStage(cluster::refreshPartitionsAsync)
                    .then(Mono.fromFuture(() -> cluster.connectAsync(codec)))
                    .map(Bucket4jLettuce::casBasedBuilder);
        }
        buckets = builder.map(connected -> connected
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build()
                        .asAsync())
                .cache(manager -> Duration.ofDays(36500), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public void stop() {
        AbstractRedisClient running = client;
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
