package cn.gongkai.shared;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The 2025 and 2026 holiday arrangements, mirroring {@code V2__calendar_working_days.sql};
 * {@link CalendarMigrationTests} keeps the two from drifting apart.
 */
public final class CalendarFixture {

    /** 国办发明电〔2024〕12号. */
    static final CalendarYear YEAR_2025 = new CalendarYear(
            2025,
            holidays(
                    days("2025-01-01", "2025-01-01", "元旦"),
                    days("2025-01-28", "2025-02-04", "春节"),
                    days("2025-04-04", "2025-04-06", "清明节"),
                    days("2025-05-01", "2025-05-05", "劳动节"),
                    days("2025-05-31", "2025-06-02", "端午节"),
                    days("2025-10-01", "2025-10-08", "国庆节、中秋节")),
            dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));

    /** Notice of 2025-11-04. */
    static final CalendarYear YEAR_2026 = new CalendarYear(
            2026,
            holidays(
                    days("2026-01-01", "2026-01-03", "元旦"),
                    days("2026-02-15", "2026-02-23", "春节"),
                    days("2026-04-04", "2026-04-06", "清明节"),
                    days("2026-05-01", "2026-05-05", "劳动节"),
                    days("2026-06-19", "2026-06-21", "端午节"),
                    days("2026-09-25", "2026-09-27", "中秋节"),
                    days("2026-10-01", "2026-10-07", "国庆节")),
            dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

    private CalendarFixture() {}

    public static WorkingDayCalendar calendar() {
        return WorkingDayCalendar.of(List.of(YEAR_2025, YEAR_2026));
    }

    @SafeVarargs
    private static Map<LocalDate, String> holidays(Map<LocalDate, String>... periods) {
        Map<LocalDate, String> all = new LinkedHashMap<>();
        for (Map<LocalDate, String> period : periods) {
            all.putAll(period);
        }
        return all;
    }

    private static Map<LocalDate, String> days(String first, String last, String name) {
        Map<LocalDate, String> period = new LinkedHashMap<>();
        LocalDate end = LocalDate.parse(last);
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(end); day = day.plusDays(1)) {
            period.put(day, name);
        }
        return period;
    }

    private static Set<LocalDate> dates(String... days) {
        return Stream.of(days).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
