package cn.gongkai;

import cn.gongkai.platform.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in integration tests. It never reads the real date: until a test sets a day, it runs
 * from 10:00 Beijing time on {@link #DEFAULT_DAY}, so that a test gives the same answers in any month of any year
 * (in December, today's deadlines would otherwise reach into a year whose holidays are not entered). It is reset
 * after every test ({@link Reset}).
 */
public final class TestClock extends Clock {

    /** An ordinary working Wednesday with every date a test computes from it inside the years the calendar holds. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2026, 6, 17);

    private static final Instant DEFAULT_START = atTen(DEFAULT_DAY);

    /** Where the running default starts counting; elapsed time comes from the monotonic clock, not the date. */
    private final long startNanos = System.nanoTime();

    private volatile Instant fixed;

    /** From now on it is 10:00 Beijing time on {@code day}, and stays so. */
    public void setDay(LocalDate day) {
        fixed = atTen(day);
    }

    /** From now on it is exactly {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Back to the default: running from {@link #DEFAULT_DAY}. */
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
        return day == null ? DEFAULT_START.plusNanos(System.nanoTime() - startNanos) : day;
    }

    private static Instant atTen(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.CHINA).toInstant();
    }

    /** After every test the clock is back at its default, whichever day the test set. */
    public static class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context)
                    .getBean(TestClock.class)
                    .reset();
        }
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
