package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = CalendarFixture.calendar();

    /*
     * Transcribed from DOMAIN.md §5 independently of CalendarFixture, so a slip in the fixture (and
     * thus in the migration it mirrors) shows up here.
     */
    static Stream<Arguments> holidays() {
        return Stream.of(
                        period("2025-01-01", "2025-01-01", "元旦"),
                        period("2025-01-28", "2025-02-04", "春节"),
                        period("2025-04-04", "2025-04-06", "清明节"),
                        period("2025-05-01", "2025-05-05", "劳动节"),
                        period("2025-05-31", "2025-06-02", "端午节"),
                        period("2025-10-01", "2025-10-08", "国庆节、中秋节"),
                        period("2026-01-01", "2026-01-03", "元旦"),
                        period("2026-02-15", "2026-02-23", "春节"),
                        period("2026-04-04", "2026-04-06", "清明节"),
                        period("2026-05-01", "2026-05-05", "劳动节"),
                        period("2026-06-19", "2026-06-21", "端午节"),
                        period("2026-09-25", "2026-09-27", "中秋节"),
                        period("2026-10-01", "2026-10-07", "国庆节"))
                .flatMap(period -> period);
    }

    private static Stream<Arguments> period(String first, String last, String name) {
        LocalDate start = LocalDate.parse(first);
        return start.datesUntil(LocalDate.parse(last).plusDays(1)).map(day -> Arguments.of(day, name));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("holidays")
    void holidayIsNotAWorkingDay(LocalDate day, String name) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(calendar.holidayName(day)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-26",
                "2025-02-08",
                "2025-04-27",
                "2025-09-28",
                "2025-10-11",
                "2026-01-04",
                "2026-02-14",
                "2026-02-28",
                "2026-05-09",
                "2026-09-20",
                "2026-10-10"
            })
    void madeUpWeekendIsAWorkingDay(LocalDate day) {
        assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(day)).isTrue();
        assertThat(calendar.holidayName(day)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // ordinary weekdays, including those right next to a holiday
        "2025-01-02, true",
        "2025-01-27, true",
        "2025-02-05, true",
        "2025-09-30, true",
        "2025-10-09, true",
        "2025-12-31, true",
        "2026-01-05, true",
        "2026-02-13, true",
        "2026-02-24, true",
        "2026-09-24, true",
        "2026-10-08, true",
        "2026-12-31, true",
        // ordinary weekends
        "2025-01-04, false",
        "2025-01-05, false",
        "2025-02-09, false",
        "2025-10-12, false",
        "2026-01-10, false",
        "2026-02-01, false",
        "2026-10-11, false",
        "2026-12-27, false"
    })
    void ordinaryDaysFollowTheWeek(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void eachYearHas248WorkingDays(int year) {
        assertThat(calendar.workingDaysIn(year)).isEqualTo(248);
    }

    @Test
    void knowsWhichYearsItHolds() {
        assertThat(calendar.years()).containsExactly(2025, 2026);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Spring Festival 2025, with make-up Sunday 1/26 and Saturday 2/8
        "2025-01-24,  1, 2025-01-26",
        "2025-01-24,  2, 2025-01-27",
        "2025-01-24,  3, 2025-02-05",
        "2025-01-27,  1, 2025-02-05",
        "2025-01-27,  7, 2025-02-12",
        "2025-01-27, 20, 2025-03-03",
        "2025-02-07,  1, 2025-02-08",
        // National Day and Mid-Autumn 2025, with make-up days 9/28 and 10/11
        "2025-09-26,  1, 2025-09-28",
        "2025-09-30,  1, 2025-10-09",
        "2025-09-30,  7, 2025-10-16",
        "2025-09-30, 20, 2025-11-04",
        "2025-09-28, 20, 2025-10-31",
        "2025-10-10,  1, 2025-10-11",
        // across the year boundary into 2026, whose New Year holiday ends with make-up Sunday 1/4
        "2025-12-31,  1, 2026-01-04",
        "2025-12-31,  2, 2026-01-05",
        "2025-12-15, 20, 2026-01-13",
        "2025-12-25, 15, 2026-01-16",
        // Spring Festival 2026, with make-up Saturdays 2/14 and 2/28
        "2026-02-13,  1, 2026-02-14",
        "2026-02-13,  2, 2026-02-24",
        "2026-02-10, 20, 2026-03-16",
        "2026-02-27,  1, 2026-02-28",
        // Mid-Autumn and National Day 2026, with make-up days 9/20 and 10/10
        "2026-09-18,  1, 2026-09-20",
        "2026-09-24,  1, 2026-09-28",
        "2026-09-30,  1, 2026-10-08",
        "2026-09-30, 20, 2026-11-03",
        "2026-10-09,  1, 2026-10-10",
        "2026-12-01, 20, 2026-12-29",
        // starting on a holiday: counting still begins the day after
        "2025-01-28,  1, 2025-02-05",
        "2025-02-04, 20, 2025-03-03",
        "2025-10-01,  1, 2025-10-09",
        "2025-10-08,  1, 2025-10-09",
        "2026-01-01,  1, 2026-01-04",
        // starting on a make-up day: it is not counted itself
        "2025-02-08,  1, 2025-02-10",
        "2025-02-08, 20, 2025-03-07",
        "2025-10-11,  1, 2025-10-13",
        "2026-01-04,  1, 2026-01-05",
        "2026-02-14,  1, 2026-02-24",
        "2026-02-28,  1, 2026-03-02",
        "2026-10-10,  1, 2026-10-12",
        // zero days is the start itself, working day or not
        "2025-10-05,  0, 2025-10-05",
        "2026-12-31,  0, 2026-12-31"
    })
    void addsWorkingDaysFromTheDayAfterStart(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, days)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(days);
    }

    @Test
    void rejectsNegativeWorkingDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2025, 3, 3), -1));
    }

    @ParameterizedTest(name = "({0}, {1}] holds {2} working days")
    @CsvSource({
        "2025-06-30, 2025-06-30,   0",
        "2025-06-30, 2025-07-01,   1",
        "2025-01-27, 2025-02-05,   1",
        "2025-10-01, 2025-10-08,   0",
        "2025-10-01, 2025-10-09,   1",
        "2025-09-30, 2025-10-09,   1",
        "2025-12-31, 2026-01-05,   2",
        "2026-02-13, 2026-02-24,   2",
        "2025-01-01, 2025-12-31, 248",
        "2025-01-01, 2026-01-01, 248",
        "2026-01-01, 2026-12-31, 248"
    })
    void countsWorkingDaysAfterFromUpToAndIncludingTo(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 15, 20, 40})
    void countingBackUndoesAddingFromEveryDayOf2025(int days) {
        LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1)).forEach(start -> {
            LocalDate end = calendar.plusWorkingDays(start, days);
            assertThat(calendar.workingDaysBetween(start, end))
                    .as("from " + start)
                    .isEqualTo(days);
            assertThat(calendar.workingDaysBetween(end, start))
                    .as("back to " + start)
                    .isEqualTo(-days);
        });
    }

    @ParameterizedTest(name = "received {0} counts from {1}")
    @CsvSource({
        "2025-03-03, 2025-03-03",
        "2025-03-01, 2025-03-03",
        "2025-01-01, 2025-01-02",
        "2025-01-26, 2025-01-26",
        "2025-01-28, 2025-02-05",
        "2025-02-08, 2025-02-08",
        "2025-10-01, 2025-10-09",
        "2025-10-05, 2025-10-09",
        "2025-12-31, 2025-12-31",
        "2026-01-01, 2026-01-04",
        "2026-02-15, 2026-02-24",
        "2026-02-28, 2026-02-28",
        "2026-09-25, 2026-09-28",
        "2026-10-01, 2026-10-08"
    })
    void receiptOnANonWorkingDayMovesToTheNextWorkingDay(LocalDate confirmed, LocalDate received) {
        assertThat(calendar.nextWorkingDayOnOrAfter(confirmed)).isEqualTo(received);
    }

    static Stream<Arguments> questionsReachingAMissingYear() {
        WorkingDayCalendar calendar = CalendarFixture.calendar();
        WorkingDayCalendar from2025 = WorkingDayCalendar.of(List.of(CalendarFixture.YEAR_2025));
        return Stream.of(
                missing(
                        "adding from a start before the first year",
                        2024,
                        () -> calendar.plusWorkingDays(LocalDate.of(2024, 12, 31), 1)),
                missing("a day before the first year", 2024, () -> calendar.isWorkingDay(LocalDate.of(2024, 12, 31))),
                missing(
                        "a span starting before the first year",
                        2024,
                        () -> calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10))),
                missing("a count of a year before the first", 2024, () -> from2025.workingDaysIn(2024)));
    }

    private static Arguments missing(String question, int year, ThrowingCallable call) {
        return Arguments.of(question, year, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsReachingAMissingYear")
    void refusesToGuessBeforeItsFirstYear(String question, int year, ThrowingCallable call) {
        assertThatThrownBy(call)
                .hasMessageContaining(String.valueOf(year))
                .isInstanceOfSatisfying(
                        CalendarYearMissingException.class,
                        missing -> assertThat(missing.year()).isEqualTo(year));
    }

    /** 2027 is estimated: 元旦 on Friday 1 January, then the weekend; no make-up working weekend. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "20 working days walking into 2027,   2026-12-20, 20, 2027-01-18",
        "one working day after the last day entered, 2026-12-31, 1, 2027-01-04",
        "adding nothing to a date in 2027,    2027-01-04, 0, 2027-01-04",
        "across the estimated Spring Festival, 2027-02-04, 1, 2027-02-11",
    })
    void countsAYearAfterTheLatestEnteredOnTheStatutoryHolidays(
            String question, LocalDate start, int days, LocalDate expected) {
        WorkingDayCalendar calendar = CalendarFixture.calendar();

        assertThat(calendar.plusWorkingDays(start, days)).isEqualTo(expected);
        assertThat(calendar.isProvisional(expected)).isTrue();
        assertThat(calendar.isProvisional(start)).isEqualTo(start.getYear() > 2026);
    }

    @Test
    void anEstimatedYearNamesItsHolidaysAndCountsItsWorkingDays() {
        WorkingDayCalendar calendar = CalendarFixture.calendar();

        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2027, 1, 1))).contains("元旦");
        // 261 weekdays less the 13 statutory days, each on a weekday or made up on one.
        assertThat(calendar.workingDaysIn(2027)).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)))
                .isEqualTo(24);
        assertThat(calendar.firstProvisionalYear()).isEqualTo(2027);
        assertThat(calendar.years()).containsExactly(2025, 2026);
    }

    @ParameterizedTest(name = "limit {0}, day {1}: decidable {2}")
    @CsvSource({
        "2026-12-24, 2026-12-20, true",
        "2027-01-13, 2026-12-20, true",
        "2026-12-24, 2027-01-04, true",
        "2027-01-13, 2027-01-04, false",
    })
    void aComparisonNeedsTheMissingYearOnlyWhenBothDatesAreInIt(LocalDate limit, LocalDate day, boolean decidable) {
        WorkingDayCalendar calendar = CalendarFixture.calendar();
        if (decidable) {
            calendar.requireDecidable(limit, day);
        } else {
            assertThatThrownBy(() -> calendar.requireDecidable(limit, day))
                    .isInstanceOfSatisfying(
                            CalendarYearMissingException.class,
                            missing -> assertThat(missing.year()).isEqualTo(2027));
        }
    }

    @Test
    void rejectsTheSameYearTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingDayCalendar.of(List.of(CalendarFixture.YEAR_2025, CalendarFixture.YEAR_2025)))
                .withMessageContaining("2025");
    }

    @Test
    void rejectsAnEmptyCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.of(List.of()));
    }

    @Test
    void aYearWithoutHolidaysFollowsTheWeek() {
        WorkingDayCalendar plain = WorkingDayCalendar.of(List.of(new CalendarYear(2030, Map.of(), Set.of())));

        long weekdays = IntStream.rangeClosed(1, 365)
                .mapToObj(day -> LocalDate.ofYearDay(2030, day))
                .filter(day -> day.getDayOfWeek().getValue() <= 5)
                .count();
        assertThat(plain.workingDaysIn(2030)).isEqualTo((int) weekdays);
    }
}
