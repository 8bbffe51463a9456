package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.disclosure.TableThree;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.report.OgiTables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records holding arrays compare what the arrays hold, not which arrays they are. */
class CountRowsTests {

    @Test
    void rowsWithTheSameCountsAreEqualInAnyOrder() {
        Map<String, int[]> these = new LinkedHashMap<>();
        these.put("a", new int[] {1, 2});
        these.put("b", new int[] {3});
        Map<String, int[]> those = new LinkedHashMap<>();
        those.put("b", new int[] {3});
        those.put("a", new int[] {1, 2});

        assertThat(CountRows.equal(these, those)).isTrue();
        assertThat(CountRows.hash(these)).isEqualTo(CountRows.hash(those));
        those.put("a", new int[] {1, 3});
        assertThat(CountRows.equal(these, those)).isFalse();
        assertThat(CountRows.equal(these, Map.of("a", new int[] {1, 2}))).isFalse();
        assertThat(CountRows.toString(Map.of("a", new int[] {1, 2}))).isEqualTo("{a=[1, 2]}");
    }

    @Test
    void tablesWithTheSameFiguresAreEqual() {
        TableThree table = new TableThree(2026, Map.of(TableThree.Row.RECEIVED, row(1)), Map.of());
        TableThree same = new TableThree(2026, Map.of(TableThree.Row.RECEIVED, row(1)), Map.of());

        assertThat(table).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(table).isNotEqualTo(new TableThree(2026, Map.of(TableThree.Row.RECEIVED, row(2)), Map.of()));
        assertThat(table).isNotEqualTo(new TableThree(2025, Map.of(TableThree.Row.RECEIVED, row(1)), Map.of()));
        assertThat(table.toString()).contains("RECEIVED=[1, 0, 0, 0, 0, 0, 1]");

        OgiTables tables = new OgiTables(null, Map.of("RECEIVED", row(1)), null);
        assertThat(tables)
                .isEqualTo(new OgiTables(null, Map.of("RECEIVED", row(1)), null))
                .hasSameHashCodeAs(new OgiTables(null, Map.of("RECEIVED", row(1)), null))
                .isNotEqualTo(new OgiTables(null, Map.of("RECEIVED", row(2)), null));
    }

    @Test
    void fieldProblemsWithTheSameArgumentsAreEqual() {
        assertThat(new FieldProblem("year", "calendar.day-outside-year", 2027))
                .isEqualTo(new FieldProblem("year", "calendar.day-outside-year", 2027))
                .hasSameHashCodeAs(new FieldProblem("year", "calendar.day-outside-year", 2027))
                .isNotEqualTo(new FieldProblem("year", "calendar.day-outside-year", 2028))
                .hasToString("FieldProblem[field=year, messageKey=calendar.day-outside-year, arguments=[2027]]");
    }

    private static int[] row(int naturalPersons) {
        int[] row = new int[TableThree.COLUMNS];
        row[0] = naturalPersons;
        row[TableThree.COLUMNS - 1] = naturalPersons;
        return row;
    }
}
