package cn.gongkai.calendar;

import cn.gongkai.shared.CalendarYear;
import cn.gongkai.shared.CalendarYearMissingException;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Working-day arithmetic (工作日计算) on the calendar stored in the database. The calendar is held in
 * memory and read again every minute, so a year entered on another instance is soon used there too; until then
 * that instance counts the year on its estimate, marked provisional. A date before the first year entered is an
 * explicit {@link CalendarYearMissingException}.
 */
@Service
public class WorkingDays {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final DatabaseClient database;
    private final Clock clock;
    private volatile Mono<WorkingDayCalendar> calendar;

    WorkingDays(DatabaseClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.calendar = load();
    }

    /** The {@code days}-th working day after {@code start} (periods count from the next day). */
    public Mono<LocalDate> plusWorkingDays(LocalDate start, int days) {
        return compute(calendar -> calendar.plusWorkingDays(start, days));
    }

    /** Working days in (from, to]; negative when {@code to} is before {@code from}. */
    public Mono<Integer> workingDaysBetween(LocalDate from, LocalDate to) {
        return compute(calendar -> calendar.workingDaysBetween(from, to));
    }

    public Mono<Boolean> isWorkingDay(LocalDate day) {
        return compute(calendar -> calendar.isWorkingDay(day));
    }

    /** The day an on-line application confirmed on {@code day} counts as received (Art. 31). */
    public Mono<LocalDate> nextWorkingDayOnOrAfter(LocalDate day) {
        return compute(calendar -> calendar.nextWorkingDayOnOrAfter(day));
    }

    /**
     * The first year not entered: its State Council notice (国务院办公厅关于某年部分节假日安排的通知) is published each
     * autumn, so entering it is due from 1 November of the year before, and overdue once the year has begun.
     */
    public record PendingYear(int year, boolean due) {
        public String notice() {
            return "国务院办公厅关于" + year + "年部分节假日安排的通知";
        }
    }

    public Mono<PendingYear> pendingYear() {
        return calendar.map(held -> {
            LocalDate today = LocalDate.now(clock);
            int year = held.firstProvisionalYear();
            return new PendingYear(year, !today.isBefore(LocalDate.of(year - 1, 11, 1)));
        });
    }

    /** The whole calendar as it stands, for display. */
    public Mono<WorkingDayCalendar> calendar() {
        return calendar;
    }

    /** Forget the held calendar; the next question reads the database again. */
    void reload() {
        calendar = load();
    }

    private <T> Mono<T> compute(Function<WorkingDayCalendar, T> question) {
        return calendar.map(question).onErrorResume(CalendarYearMissingException.class, missing -> {
            reload();
            return calendar.map(question);
        });
    }

    private Mono<WorkingDayCalendar> load() {
        return database.sql("""
                        select y.year, d.day, d.kind, d.name
                        from calendar_year y left join calendar_day d on d.year = y.year
                        order by y.year, d.day
                        """)
                .fetch()
                .all()
                .collectList()
                .map(WorkingDays::toCalendar)
                .cache(calendar -> REFRESH, error -> Duration.ZERO, () -> Duration.ZERO);
    }

    private static WorkingDayCalendar toCalendar(List<Map<String, Object>> rows) {
        Map<Integer, Map<LocalDate, String>> holidays = new HashMap<>();
        Map<Integer, Set<LocalDate>> workingWeekends = new HashMap<>();
        for (Map<String, Object> row : rows) {
            int year = (Integer) row.get("year");
            holidays.computeIfAbsent(year, y -> new HashMap<>());
            workingWeekends.computeIfAbsent(year, y -> new HashSet<>());
            if (row.get("day") instanceof LocalDate day) {
                if ("HOLIDAY".equals(row.get("kind"))) {
                    holidays.get(year).put(day, (String) row.get("name"));
                } else {
                    workingWeekends.get(year).add(day);
                }
            }
        }
        List<CalendarYear> years = new ArrayList<>();
        holidays.forEach((year, days) -> years.add(new CalendarYear(year, days, workingWeekends.get(year))));
        return WorkingDayCalendar.of(years);
    }
}
