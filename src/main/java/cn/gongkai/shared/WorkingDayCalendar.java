package cn.gongkai.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working-day calendar (工作日历): Monday to Friday, minus public holidays, plus the weekend days worked
 * in exchange (调休上班). Statutory periods such as the 20 working days to answer a disclosure request
 * are counted with it.
 *
 * <p>Every date a method touches, including a start date, must fall in a year the calendar holds;
 * otherwise it throws {@link CalendarYearMissingException} instead of guessing.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = years;
    }

    /**
     * @throws IllegalArgumentException when no year is given or a year is given twice
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> years) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("Calendar year " + year.year() + " given twice");
            }
        }
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs at least one year");
        }
        return new WorkingDayCalendar(Collections.unmodifiableMap(byYear));
    }

    /** The years this calendar holds, in ascending order. */
    public Set<Integer> years() {
        return years.keySet();
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
     * @throws CalendarYearMissingException when the count reaches a year without data
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
        if (calendarYear == null) {
            throw new CalendarYearMissingException(year);
        }
        return calendarYear;
    }
}
