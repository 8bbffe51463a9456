package cn.gongkai.platform;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's clock.
 *
 * @param start for training portals and the browser tests only: the clock starts at this instant when the instance
 *     starts and runs on from there, so that a rehearsal or a test sees the same dates whatever the real date is;
 *     unset (the real time) in production
 */
@ConfigurationProperties(prefix = "gongkai.clock")
public record ClockSettings(Instant start) {}
