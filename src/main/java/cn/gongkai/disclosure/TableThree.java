package cn.gongkai.disclosure;

import cn.gongkai.shared.CountRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况) for one agency and year: one column per
 * applicant kind and a total; rows 一 (received this year), 二 (carried over from last year), one row per
 * outcome of 三 with （七）总计, and 四 (carried forward). The rule 一 + 二 = （七）总计 + 四 must hold in every
 * column; counted from the records it always does, and {@link #checkHolds()} tells for a table entered by hand.
 *
 * @param rows the counts of 一, 二, （七）总计 and 四, each per column ({@link ApplicantKind} order, then total)
 * @param outcomes the counts of each outcome row of 三, per column
 */
public record TableThree(int year, Map<Row, int[]> rows, Map<DisclosureOutcome, int[]> outcomes) {

    /** The number of columns: every applicant kind, then the total. */
    public static final int COLUMNS = ApplicantKind.values().length + 1;

    private static final int TOTAL = COLUMNS - 1;

    /** The rows outside 三's outcome rows, with their labels as printed. */
    public enum Row {
        RECEIVED("一、本年新收政府信息公开申请数量"),
        CARRIED_OVER("二、上年结转政府信息公开申请数量"),
        ANSWERED_TOTAL("（七）总计"),
        CARRIED_FORWARD("四、结转下年度继续办理");

        private final String label;

        Row(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Requests as the table sees them: who asked, when they arrived, how and when they ended (nulls while open), and
     * how many requests are alike in all of that ({@code count}, one unless the database grouped them).
     */
    public record Entry(
            ApplicantKind kind, LocalDate receivedOn, DisclosureOutcome outcome, LocalDate closedOn, int count) {

        public Entry(ApplicantKind kind, LocalDate receivedOn, DisclosureOutcome outcome, LocalDate closedOn) {
            this(kind, receivedOn, outcome, closedOn, 1);
        }
    }

    public TableThree {
        rows = copy(rows, Row.class);
        outcomes = copy(outcomes, DisclosureOutcome.class);
    }

    /**
     * Counts the year from the requests' records. A request counts under 一 when received in the year, under 二
     * when received before it and still open on 1 January, under its outcome when closed in the year, and under
     * 四 when received by 31 December and still open after it. Entries outside that scope are ignored.
     */
    public static TableThree count(int year, Collection<Entry> entries) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Row, int[]> rows = new EnumMap<>(Row.class);
        Map<DisclosureOutcome, int[]> outcomes = new EnumMap<>(DisclosureOutcome.class);
        for (Entry entry : entries) {
            boolean closedBefore = entry.closedOn() != null && entry.closedOn().isBefore(first);
            if (entry.receivedOn().isAfter(last) || closedBefore) {
                continue;
            }
            int column = entry.kind().ordinal();
            int count = entry.count();
            add(rows, entry.receivedOn().isBefore(first) ? Row.CARRIED_OVER : Row.RECEIVED, column, count);
            if (entry.closedOn() != null && !entry.closedOn().isAfter(last)) {
                add(outcomes, entry.outcome(), column, count);
                add(rows, Row.ANSWERED_TOTAL, column, count);
            } else {
                add(rows, Row.CARRIED_FORWARD, column, count);
            }
        }
        return new TableThree(year, rows, outcomes);
    }

    /** The counts of one row, per column. */
    public int[] row(Row row) {
        return rows.get(row).clone();
    }

    /** The counts of one outcome row of 三, per column. */
    public int[] outcome(DisclosureOutcome outcome) {
        return outcomes.get(outcome).clone();
    }

    /**
     * The check of table 三 (表三核对), the one the report editor, the publication rules and the statistics page
     * share: in every column 一 + 二 = （七）总计 + 四 and （七）总计 is the sum of 三's outcome rows; in every row the
     * total is the sum of the applicant kinds. Counted from the records it always holds; entered by hand it may not.
     */
    public Check check() {
        List<ColumnCheck> columns = IntStream.range(0, COLUMNS)
                .mapToObj(column -> new ColumnCheck(
                        column,
                        at(Row.RECEIVED, column),
                        at(Row.CARRIED_OVER, column),
                        at(Row.ANSWERED_TOTAL, column),
                        at(Row.CARRIED_FORWARD, column),
                        outcomes.values().stream()
                                .mapToInt(counts -> counts[column])
                                .sum()))
                .toList();
        List<String> rowsNotAddingUp = new ArrayList<>();
        printedRows().forEach((key, counts) -> {
            if (Arrays.stream(counts, 0, TOTAL).sum() != counts[TOTAL]) {
                rowsNotAddingUp.add(key);
            }
        });
        return new Check(columns, List.copyOf(rowsNotAddingUp));
    }

    /** What {@link #check()} found: each column's figures, and the rows whose total is not their sum. */
    public record Check(List<ColumnCheck> columns, List<String> rowsNotAddingUp) {

        public boolean holds() {
            return rowsNotAddingUp.isEmpty() && columns.stream().allMatch(ColumnCheck::holds);
        }

        /** The columns that fail, by index. */
        public int[] failingColumns() {
            return columns.stream()
                    .filter(column -> !column.holds())
                    .mapToInt(ColumnCheck::column)
                    .toArray();
        }
    }

    /**
     * One column's figures in the check: 一 {@code received}, 二 {@code carriedOver}, （七）总计 {@code answered}, 四
     * {@code carriedForward}, and the outcome rows of 三 added up.
     */
    public record ColumnCheck(
            int column, int received, int carriedOver, int answered, int carriedForward, int outcomeSum) {

        /** 一 + 二 = （七）总计 + 四. */
        public boolean balances() {
            return received + carriedOver == answered + carriedForward;
        }

        /** （七）总计 = the sum of the outcome rows. */
        public boolean totalAddsUp() {
            return outcomeSum == answered;
        }

        public boolean holds() {
            return balances() && totalAddsUp();
        }
    }

    /** The columns where the check fails; empty when it holds. */
    public int[] failingColumns() {
        return check().failingColumns();
    }

    /** Whether the whole check holds. */
    public boolean checkHolds() {
        return check().holds();
    }

    /** Every row by its key (a {@link Row} or a {@link DisclosureOutcome}), in printed order. */
    public Map<String, int[]> printedRows() {
        Map<String, int[]> printed = new LinkedHashMap<>();
        printed.put(Row.RECEIVED.name(), row(Row.RECEIVED));
        printed.put(Row.CARRIED_OVER.name(), row(Row.CARRIED_OVER));
        outcomes.forEach((outcome, counts) -> printed.put(outcome.name(), counts.clone()));
        printed.put(Row.ANSWERED_TOTAL.name(), row(Row.ANSWERED_TOTAL));
        printed.put(Row.CARRIED_FORWARD.name(), row(Row.CARRIED_FORWARD));
        return printed;
    }

    /** Tables with the same counts are equal (a record alone would compare the arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof TableThree table
                && year == table.year
                && CountRows.equal(rows, table.rows)
                && CountRows.equal(outcomes, table.outcomes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * year + CountRows.hash(rows)) + CountRows.hash(outcomes);
    }

    @Override
    public String toString() {
        return "TableThree[year=" + year + ", rows=" + CountRows.toString(rows) + ", outcomes="
                + CountRows.toString(outcomes) + "]";
    }

    private int at(Row row, int column) {
        return rows.get(row)[column];
    }

    private static <K extends Enum<K>> void add(Map<K, int[]> counts, K key, int column, int count) {
        int[] row = counts.computeIfAbsent(key, k -> new int[COLUMNS]);
        row[column] += count;
        row[TOTAL] += count;
    }

    private static <K extends Enum<K>> Map<K, int[]> copy(Map<K, int[]> counts, Class<K> type) {
        Map<K, int[]> copy = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            int[] row = counts.get(key);
            if (row != null && row.length != COLUMNS) {
                throw new IllegalArgumentException(key + " has " + row.length + " columns, not " + COLUMNS);
            }
            copy.put(key, row == null ? new int[COLUMNS] : Arrays.copyOf(row, COLUMNS));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
