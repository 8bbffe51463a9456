package cn.gongkai.calendar;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.util.AopTestUtils;

/** Test years (测试用节假日安排) entered by a test and taken out again, so that no later test counts on them. */
public final class CalendarTestYears {

    private CalendarTestYears() {}

    /** Deletes {@code year} and has the held calendar read again at once, not at its next refresh. */
    public static void forget(int year, DatabaseClient database, WorkingDays workingDays) {
        database.sql("delete from calendar_day where year = :year")
                .bind("year", year)
                .then()
                .then(database.sql("delete from calendar_year where year = :year")
                        .bind("year", year)
                        .then())
                .block();
        // Until the held calendar has forgotten the year too (it is refreshed every minute at the latest): no later
        // test may count on it.
        WorkingDays target = AopTestUtils.getUltimateTargetObject(workingDays);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (workingDays.pendingYear().block().year() != year && System.nanoTime() < deadline) {
            target.reload();
            java.util.concurrent.locks.LockSupport.parkNanos(
                    java.time.Duration.ofMillis(500).toNanos());
        }
    }
}
