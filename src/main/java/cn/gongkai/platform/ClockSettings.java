package cn.gongkai.platform;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's clock.
 *
 * @param start for training portals and the browser tests only: the clock reads this instant at {@code anchor} and
 *     runs on from there, so that a rehearsal or a test sees the same dates whatever the real date is; unset (the
 *     real time) in production
 * @param anchor the real instant at which the clock read {@code start}, the same for every instance of a portal so
 *     that they agree to the second (a step taken on one is never before a step taken on another); unset, the
 *     instance's own start
 */
@ConfigurationProperties(prefix = "gongkai.clock")
public record ClockSettings(Instant start, Instant anchor) {}
