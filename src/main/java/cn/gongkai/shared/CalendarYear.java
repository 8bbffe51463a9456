package cn.gongkai.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the official holiday arrangement (节假日安排), as published each November by the General
 * Office of the State Council.
 *
 * @param year the calendar year
 * @param holidays every day off with the holiday's name (e.g. 春节), weekend days inside a holiday included
 * @param workingWeekends Saturdays and Sundays that are working days to make up for a holiday (调休上班)
 */
public record CalendarYear(int year, Map<LocalDate, String> holidays, Set<LocalDate> workingWeekends) {

    /**
     * @throws IllegalArgumentException when a date lies outside the year, a name is blank, a working
     *         weekend is not a Saturday or Sunday, or a day is both a holiday and a working weekend
     */
    public CalendarYear {
        holidays = Map.copyOf(Objects.requireNonNull(holidays, "holidays"));
        workingWeekends = Set.copyOf(Objects.requireNonNull(workingWeekends, "workingWeekends"));
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            requireInYear(holiday.getKey(), year);
            if (holiday.getValue().isBlank()) {
                throw new IllegalArgumentException("Holiday " + holiday.getKey() + " has no name");
            }
        }
        for (LocalDate day : workingWeekends) {
            requireInYear(day, year);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("Working weekend " + day + " is a " + day.getDayOfWeek());
            }
            if (holidays.containsKey(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a working weekend");
            }
        }
    }

    private static void requireInYear(LocalDate day, int year) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " does not belong to calendar year " + year);
        }
    }
}
