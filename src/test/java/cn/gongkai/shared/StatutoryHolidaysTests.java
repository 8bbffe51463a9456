package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The estimate of a year not yet entered, from 《全国年节及纪念日放假办法》 (国务院令第770号). The lunar dates below were
 * read from the published almanac, not from the library under test.
 */
class StatutoryHolidaysTests {

    @ParameterizedTest(name = "{0}: 除夕 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
    @CsvSource({
        "2025, 2025-01-28, 2025-04-04, 2025-05-31, 2025-10-06",
        "2026, 2026-02-16, 2026-04-05, 2026-06-19, 2026-09-25",
        "2027, 2027-02-05, 2027-04-05, 2027-06-09, 2027-09-15",
        "2028, 2028-01-25, 2028-04-04, 2028-05-28, 2028-10-03",
        "2029, 2029-02-12, 2029-04-04, 2029-06-16, 2029-09-22",
        "2030, 2030-02-02, 2030-04-05, 2030-06-05, 2030-09-12",
    })
    void findsTheLunarHolidaysAndTheSolarTerm(
            int year, LocalDate eve, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {
        Map<LocalDate, String> holidays = StatutoryHolidays.estimate(year).holidays();

        for (int day = 0; day < 4; day++) {
            assertThat(holidays.get(eve.plusDays(day))).startsWith("春节");
        }
        assertThat(holidays.get(eve.minusDays(1))).isNull();
        assertThat(holidays.get(qingming)).startsWith("清明节");
        assertThat(holidays.get(dragonBoat)).startsWith("端午节");
        assertThat(holidays.get(midAutumn)).contains("中秋节");
        assertThat(holidays.get(LocalDate.of(year, 1, 1))).startsWith("元旦");
        assertThat(holidays.get(LocalDate.of(year, 5, 2))).startsWith("劳动节");
        assertThat(holidays.get(LocalDate.of(year, 10, 3))).contains("国庆节");
    }

    /** Every day off in 2027 as the law gives it: a holiday on a Saturday or Sunday is made up on the next working day. */
    @Test
    void estimates2027DayByDay() {
        var estimate = StatutoryHolidays.estimate(2027);

        assertThat(estimate.workingWeekends()).isEmpty();
        assertThat(estimate.holidays())
                .isEqualTo(days(
                        "2027-01-01 元旦",
                        "2027-02-05 春节",
                        "2027-02-06 春节",
                        "2027-02-07 春节",
                        "2027-02-08 春节",
                        "2027-02-09 春节（补假）",
                        "2027-02-10 春节（补假）",
                        "2027-04-05 清明节",
                        "2027-05-01 劳动节",
                        "2027-05-02 劳动节",
                        "2027-05-03 劳动节（补假）",
                        "2027-05-04 劳动节（补假）",
                        "2027-06-09 端午节",
                        "2027-09-15 中秋节",
                        "2027-10-01 国庆节",
                        "2027-10-02 国庆节",
                        "2027-10-03 国庆节",
                        "2027-10-04 国庆节（补假）",
                        "2027-10-05 国庆节（补假）"));
    }

    @Test
    void twoHolidaysOnOneDayGiveOneDayOffNamedAfterBoth() {
        assertThat(StatutoryHolidays.estimate(2028).holidays().get(LocalDate.of(2028, 10, 3)))
                .isEqualTo("国庆节、中秋节");
    }

    /** The official arrangements always give at least the statutory days off: the estimate never invents one. */
    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyStatutoryDayIsOffInTheOfficialArrangement(int year) {
        CalendarYear official = year == 2025 ? CalendarFixture.YEAR_2025 : CalendarFixture.YEAR_2026;

        StatutoryHolidays.estimate(year).holidays().entrySet().stream()
                .filter(holiday -> !holiday.getValue().endsWith("（补假）"))
                .forEach(holiday ->
                        assertThat(official.holidays()).as(holiday.toString()).containsKey(holiday.getKey()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035})
    void madeUpDaysAreWeekdaysOfTheSameYear(int year) {
        StatutoryHolidays.estimate(year).holidays().entrySet().stream()
                .filter(holiday -> holiday.getValue().endsWith("（补假）"))
                .forEach(holiday -> {
                    assertThat(holiday.getKey().getYear()).isEqualTo(year);
                    assertThat(holiday.getKey().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                });
    }

    private static Map<LocalDate, String> days(String... entries) {
        return Arrays.stream(entries)
                .map(entry -> entry.split(" ", 2))
                .collect(Collectors.toMap(entry -> LocalDate.parse(entry[0]), entry -> entry[1]));
    }
}
