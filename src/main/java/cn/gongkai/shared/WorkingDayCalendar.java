package cn.gongkai.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working-day calendar (工作日历): Monday to Friday, minus public holidays, plus the weekend days worked
 * in exchange (调休上班). Statutory periods such as the 20 working days to answer a disclosure request
 * are counted with it.
 *
 * <p>A year after the first one entered from the State Council's notices but not entered itself is estimated from the statutory holidays
 * ({@link StatutoryHolidays}), and every date that falls in it is provisional (预计) until that year is entered: in
 * December most deadlines reach into a year whose arrangement may not be published yet, and the portal cannot
 * stop working for weeks. A date before the first year entered is never guessed: it throws
 * {@link CalendarYearMissingException}.
 */
public final class WorkingDayCalendar {

    private final NavigableMap<Integer, CalendarYear> years;
    private final int firstEntered;
    private final int firstProvisional;
    private final Map<Integer, CalendarYear> estimates = new ConcurrentHashMap<>();

    private WorkingDayCalendar(NavigableMap<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableNavigableMap(years);
        this.firstEntered = years.firstKey();
        int year = firstEntered;
        while (years.containsKey(year)) {
            year++;
        }
        this.firstProvisional = year;
    }

    /**
     * @throws IllegalArgumentException when no year is given or a year is given twice
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> years) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("Calendar year " + year.year() + " given twice");
            }
        }
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs at least one year");
        }
        return new WorkingDayCalendar(byYear);
    }

    /** The years entered from the State Council's notices, in ascending order. */
    public Set<Integer> years() {
        return years.keySet();
    }

    /** Whether {@code day} is counted on an estimate: its year, after the first one entered, is not entered. */
    public boolean isProvisional(LocalDate day) {
        return isEstimated(day.getYear());
    }

    /**
     * Refuses to compare {@code day} with {@code limit}, a date counted on this calendar, when the answer depends on
     * a year not entered yet: when both are provisional. A provisional limit lies after every final day whatever the
     * arrangement turns out to be, since the working days counted before it are final, so an action in December is
     * never blocked by a limit in January.
     *
     * @throws CalendarYearMissingException naming the first year to enter
     */
    public void requireDecidable(LocalDate limit, LocalDate day) {
        if (isProvisional(limit) && isProvisional(day)) {
            throw new CalendarYearMissingException(firstProvisionalYear());
        }
    }

    /** The first year not entered yet, whose dates are provisional. */
    public int firstProvisionalYear() {
        return firstProvisional;
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = yearOf(day);
        if (year.workingWeekends().contains(day)) {
            return true;
        }
        return !year.holidays().containsKey(day)
                && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The holiday's name (e.g. 国庆节) when the day is a public holiday. */
    public Optional<String> holidayName(LocalDate day) {
        return Optional.ofNullable(yearOf(day).holidays().get(day));
    }

    /**
     * The {@code days}-th working day after {@code start}. Statutory periods run from the day after
     * receipt, so {@code start} itself never counts, even when it is a working day.
     *
     * @param days zero or more; zero returns {@code start}
     * @throws IllegalArgumentException when {@code days} is negative
     * @throws CalendarYearMissingException when {@code start} is before the first year entered
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + days);
        }
        yearOf(start);
        LocalDate day = start;
        int remaining = days;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of working days in {@code (from, to]}: 0 when the dates are equal, and the negated
     * count of {@code (to, from]} when {@code to} is before {@code from}. Thus
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        yearOf(from);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code day} itself when it is a working day, otherwise the next one: an on-line application
     * confirmed on a holiday counts as received on the next working day.
     */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    public int workingDaysIn(int year) {
        requireYear(year);
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private CalendarYear yearOf(LocalDate day) {
        return requireYear(Objects.requireNonNull(day, "day").getYear());
    }

    private CalendarYear requireYear(int year) {
        CalendarYear calendarYear = years.get(year);
        if (calendarYear != null) {
            return calendarYear;
        }
        if (isEstimated(year)) {
            return estimates.computeIfAbsent(year, StatutoryHolidays::estimate);
        }
        throw new CalendarYearMissingException(year);
    }

    private boolean isEstimated(int year) {
        return year > firstEntered && !years.containsKey(year);
    }
}
