package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarYearTests {

    private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);
    private static final LocalDate SUNDAY = LocalDate.of(2025, 1, 26);

    static Stream<Arguments> inconsistentYears() {
        return Stream.of(
                Arguments.of("holiday in another year", Map.of(LocalDate.of(2024, 12, 31), "元旦"), Set.of()),
                Arguments.of("working weekend in another year", Map.of(), Set.of(LocalDate.of(2026, 1, 4))),
                Arguments.of("working weekend on a weekday", Map.of(), Set.of(LocalDate.of(2025, 1, 27))),
                Arguments.of("day both off and worked", Map.of(SUNDAY, "春节"), Set.of(SUNDAY)),
                Arguments.of("holiday without a name", Map.of(NEW_YEAR, " "), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentYears")
    void rejectsInconsistentData(String problem, Map<LocalDate, String> holidays, Set<LocalDate> workingWeekends) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarYear(2025, holidays, workingWeekends));
    }

    @Test
    void keepsItsOwnCopies() {
        Map<LocalDate, String> holidays = new HashMap<>(Map.of(NEW_YEAR, "元旦"));
        Set<LocalDate> workingWeekends = new HashSet<>(Set.of(SUNDAY));
        CalendarYear year = new CalendarYear(2025, holidays, workingWeekends);

        holidays.clear();
        workingWeekends.clear();

        assertThat(year.holidays()).containsOnlyKeys(NEW_YEAR);
        assertThat(year.workingWeekends()).containsOnly(SUNDAY);
        assertThatThrownBy(() -> year.holidays().put(SUNDAY, "春节")).isInstanceOf(UnsupportedOperationException.class);
    }
}
