package cn.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in the portal are Chinese dates: a deadline falls on a day in Beijing time whatever time
 * zone the server runs in. Tests replace this clock to move through the calendar.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(TimeConfiguration.class);

    @Bean
    Clock clock(ClockSettings settings) {
        Clock real = Clock.system(CHINA);
        if (settings.start() == null) {
            return real;
        }
        log.warn("The portal's clock starts at {} instead of the real time (gongkai.clock.start)", settings.start());
        Instant anchor = settings.anchor() != null ? settings.anchor() : real.instant();
        return Clock.offset(real, Duration.between(anchor, settings.start()));
    }
}
