package cn.gongkai;

import cn.gongkai.platform.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real time unless a test sets a day, so that statutory
 * periods can be walked through on the 2025 and 2026 calendars. Tests that set it reset it afterwards.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;

    /** From now on it is 10:00 Beijing time on {@code day}. */
    public void setDay(LocalDate day) {
        fixed = day.atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.CHINA).toInstant();
    }

    /** From now on it is exactly {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the portal's clock keeps Beijing time");
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day == null ? Instant.now() : day;
    }

    /** Puts this clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
