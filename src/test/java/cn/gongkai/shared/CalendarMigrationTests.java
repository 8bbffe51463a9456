package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar shipped in the database migration is the one the other tests check. */
class CalendarMigrationTests {

    private static final String MIGRATION = "db/migration/V2__calendar_working_days.sql";

    private static final Pattern YEAR_ROW = Pattern.compile("\\((\\d{4}), '([^']+)'\\)");
    private static final Pattern DAY_ROW =
            Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(HOLIDAY|WORKING_WEEKEND)', '([^']+)'\\)");

    private static final Pattern DATED_LINE = Pattern.compile("(?m)^\\s*\\('\\d{4}-");

    private static String sql;

    @BeforeAll
    static void readMigration() throws IOException {
        try (InputStream in = CalendarMigrationTests.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION + " on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void migrationHoldsTheSameDaysAsTheFixture() {
        Map<Integer, Map<LocalDate, String>> holidays = new TreeMap<>();
        Map<Integer, Set<LocalDate>> workingWeekends = new TreeMap<>();
        Matcher row = DAY_ROW.matcher(sql);
        long rows = 0;
        while (row.find()) {
            rows++;
            LocalDate day = LocalDate.parse(row.group(1));
            int year = Integer.parseInt(row.group(2));
            assertThat(day.getYear()).as("year column of " + day).isEqualTo(year);
            if (row.group(3).equals("HOLIDAY")) {
                assertThat(holidays.computeIfAbsent(year, y -> new HashMap<>()).put(day, row.group(4)))
                        .as("first row for " + day)
                        .isNull();
            } else {
                assertThat(workingWeekends
                                .computeIfAbsent(year, y -> new HashSet<>())
                                .add(day))
                        .as("first row for " + day)
                        .isTrue();
            }
        }
        // Guards against a row the pattern cannot read, which would otherwise be skipped silently.
        assertThat(rows).isEqualTo(DATED_LINE.matcher(sql).results().count());

        List<CalendarYear> migrated = holidays.keySet().stream()
                .map(year -> new CalendarYear(year, holidays.get(year), workingWeekends.getOrDefault(year, Set.of())))
                .toList();
        assertThat(migrated).containsExactly(CalendarFixture.YEAR_2025, CalendarFixture.YEAR_2026);
    }

    @Test
    void everyMigratedYearNamesItsSource() {
        Map<Integer, String> sources = new TreeMap<>();
        Matcher row = YEAR_ROW.matcher(sql);
        while (row.find()) {
            sources.put(Integer.parseInt(row.group(1)), row.group(2));
        }
        assertThat(sources).containsOnlyKeys(CalendarFixture.calendar().years());
        assertThat(sources.get(2025)).contains("国办发明电〔2024〕12号");
        assertThat(sources.get(2026)).contains("2026年部分节假日安排");
    }
}
