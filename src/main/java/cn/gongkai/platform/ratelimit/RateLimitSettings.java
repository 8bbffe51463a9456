package cn.gongkai.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request limits (访问频率限制), by name: {@code gongkai.rate-limits.limits.<name>.capacity} requests,
 * given back evenly over {@code .period}. A name not configured is not limited.
 *
 * @param timeout how long to wait for Redis before letting the request through: a limiter that is down must not take
 *     the portal down with it
 */
@ConfigurationProperties("gongkai.rate-limits")
public record RateLimitSettings(
        @DefaultValue Map<String, Limit> limits,
        @DefaultValue("PT1S") Duration timeout) {

    /**
     * {@code capacity} requests per {@code period}, at most {@code capacity} at once.
     *
     * @param withoutRedis what the limit does while Redis cannot answer
     */
    public record Limit(
            int capacity,
            Duration period,
            @DefaultValue("open") WithoutRedis withoutRedis) {

        public Limit {
            if (capacity < 1) {
                throw new IllegalArgumentException("a rate limit's capacity must be 1 or more: " + capacity);
            }
            if (period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit's period must be positive: " + period);
            }
        }
    }

    /** A limit's behaviour while Redis is away. */
    public enum WithoutRedis {
        /** Not limited: a read that cannot be counted is still answered. */
        OPEN,
        /**
         * Limited by each instance on its own, with the same capacity: what writes to the database need, so that an
         * outage of Redis does not open them to a flood.
         */
        LOCAL
    }
}
