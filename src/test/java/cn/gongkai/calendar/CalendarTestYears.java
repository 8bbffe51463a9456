package cn.gongkai.calendar;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.util.AopTestUtils;

/** Test years (测试用节假日安排) entered by a test and taken out again, so that no later test counts on them. */
public final class CalendarTestYears {

    /** A test arrangement for 2027 (the real one is not published): 元旦 from 1 to 4 January. */
    public static final String YEAR_2027 = """
            {"year": 2027, "source": "测试用2027年节假日安排",
             "days": [{"date": "2027-01-01", "kind": "HOLIDAY", "name": "元旦"},
                      {"date": "2027-01-02", "kind": "HOLIDAY", "name": "元旦"},
                      {"date": "2027-01-03", "kind": "HOLIDAY", "name": "元旦"},
                      {"date": "2027-01-04", "kind": "HOLIDAY", "name": "元旦"}]}
            """;

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
