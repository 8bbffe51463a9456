package cn.gongkai.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in the portal are Chinese dates: a deadline falls on a day in Beijing time whatever time
 * zone the server runs in. Tests replace this clock to move through the calendar.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
