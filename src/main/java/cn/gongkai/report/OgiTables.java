package cn.gongkai.report;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.TableThree;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.report.internal.ReportRendering;
import cn.gongkai.shared.CountRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The three tables of an open-government-information annual report (政府信息公开工作年度报告), national format
 * 国办公开办函〔2021〕30号: 二 proactive disclosure, 三 requests received and handled (filled from the disclosure
 * records, adjustable by hand), 四 administrative reconsideration and litigation.
 *
 * @param requests table 三, one row per key of {@link #REQUEST_ROWS}, each with a count per applicant kind and a total
 */
public record OgiTables(ProactiveDisclosure proactive, Map<String, int[]> requests, Remedies remedies) {

    /** The row keys of table 三 in printed order: 一, 二, every outcome of 三, （七）总计, 四. */
    public static final List<String> REQUEST_ROWS = requestRows();

    private static final String[] COLUMN_LABELS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

    public OgiTables {
        proactive = proactive == null ? ProactiveDisclosure.none() : proactive;
        remedies = remedies == null ? Remedies.none() : remedies;
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (String key : REQUEST_ROWS) {
            int[] counts = requests == null ? null : requests.get(key);
            // A row left out counts as zeros; a null row is treated the same.
            rows.put(key, counts == null ? new int[TableThree.COLUMNS] : counts.clone());
        }
        if (requests != null) {
            // Unknown rows are kept so that validation can name them instead of dropping them unseen.
            for (Map.Entry<String, int[]> row : requests.entrySet()) {
                rows.putIfAbsent(
                        row.getKey(),
                        row.getValue() == null ? new int[0] : row.getValue().clone());
            }
        }
        requests = java.util.Collections.unmodifiableMap(rows);
    }

    /** Tables with the same figures are equal (a record alone would compare table 三's arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof OgiTables tables
                && proactive.equals(tables.proactive)
                && CountRows.equal(requests, tables.requests)
                && remedies.equals(tables.remedies);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * proactive.hashCode() + CountRows.hash(requests)) + remedies.hashCode();
    }

    @Override
    public String toString() {
        return "OgiTables[proactive=" + proactive + ", requests=" + CountRows.toString(requests) + ", remedies="
                + remedies + "]";
    }

    /** Tables with table 三 as counted from the disclosure records and nothing yet in 二 and 四. */
    public static OgiTables startingFrom(TableThree counted) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (TableThree.Row row : TableThree.Row.values()) {
            rows.put(row.name(), counted.row(row));
        }
        for (DisclosureOutcome outcome : DisclosureOutcome.values()) {
            rows.put(outcome.name(), counted.outcome(outcome));
        }
        return new OgiTables(ProactiveDisclosure.none(), rows, Remedies.none());
    }

    /** Table 三 as the disclosure feature reads it, to apply its check. */
    public TableThree tableThree(int year) {
        Map<TableThree.Row, int[]> rows = new EnumMap<>(TableThree.Row.class);
        Arrays.stream(TableThree.Row.values()).forEach(row -> rows.put(row, requests.get(row.name())));
        Map<DisclosureOutcome, int[]> outcomes = new EnumMap<>(DisclosureOutcome.class);
        Arrays.stream(DisclosureOutcome.values())
                .forEach(outcome -> outcomes.put(outcome, requests.get(outcome.name())));
        return new TableThree(year, rows, outcomes);
    }

    /** Every entry that cannot be right, each naming its field under {@code prefix}; empty when all can be. */
    public List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        proactive.problems(prefix + ".proactive", problems);
        problems.addAll(requestsProblems(prefix + ".requests"));
        remedies.problems(prefix + ".remedies", problems);
        return problems;
    }

    /** The rows of table 三 that are not rows of the national format, lack columns or hold a negative count. */
    public List<FieldProblem> requestsProblems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        requests.forEach((key, counts) -> {
            String field = prefix + "." + key;
            if (!REQUEST_ROWS.contains(key)) {
                problems.add(new FieldProblem(field, "field.unknown"));
            } else if (counts.length != TableThree.COLUMNS) {
                problems.add(new FieldProblem(field, "report.table-columns", TableThree.COLUMNS));
            } else if (Arrays.stream(counts).anyMatch(count -> count < 0)) {
                problems.add(new FieldProblem(field, "PositiveOrZero"));
            }
        });
        return problems;
    }

    /** Table 三's check ({@link TableThree#check()}); the rows must be well formed ({@link #requestsProblems}). */
    public TableThree.Check checkTableThree() {
        // The year plays no part in the check.
        return tableThree(0).check();
    }

    /**
     * What fails table 三's check, each naming the cell it is about under {@code prefix}: a column's
     * {@code ANSWERED_TOTAL} where 一 + 二 ≠ （七）总计 + 四 or the outcomes do not add up to （七）总计, a row's total
     * where it is not the sum of the applicant kinds. Empty when the check holds.
     */
    public List<FieldProblem> tableThreeProblems(String prefix) {
        TableThree.Check check = checkTableThree();
        List<FieldProblem> problems = new ArrayList<>();
        for (TableThree.ColumnCheck column : check.columns()) {
            String field = prefix + "." + TableThree.Row.ANSWERED_TOTAL.name() + "[" + column.column() + "]";
            String label = COLUMN_LABELS[column.column()];
            if (!column.balances()) {
                problems.add(new FieldProblem(
                        field,
                        "report.table-three.unbalanced",
                        label,
                        column.received(),
                        column.carriedOver(),
                        column.answered(),
                        column.carriedForward()));
            }
            if (!column.totalAddsUp()) {
                problems.add(new FieldProblem(
                        field, "report.table-three.outcomes", label, column.outcomeSum(), column.answered()));
            }
        }
        int total = TableThree.COLUMNS - 1;
        for (String key : check.rowsNotAddingUp()) {
            int[] counts = requests.get(key);
            problems.add(new FieldProblem(
                    prefix + "." + key + "[" + total + "]",
                    "report.table-three.row-total",
                    rowLabel(key),
                    Arrays.stream(counts, 0, total).sum(),
                    counts[total]));
        }
        return problems;
    }

    /**
     * The columns of table 三 where the check fails, by their printed names, with 总计 where a row does not add up;
     * empty when the check holds. A report whose table fails it is not published.
     */
    public List<String> failingColumns() {
        TableThree.Check check = checkTableThree();
        List<String> failing = Arrays.stream(check.failingColumns())
                .mapToObj(column -> COLUMN_LABELS[column])
                .collect(Collectors.toCollection(ArrayList::new));
        if (!check.rowsNotAddingUp().isEmpty() && !failing.contains("总计")) {
            failing.add("总计");
        }
        return failing;
    }

    /** Table 二 as Markdown, printed under part 二 of the report. */
    public String proactiveMarkdown() {
        return """
                | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
                | --- | --- | --- | --- |
                | 规章 | %s |
                | 行政规范性文件 | %s |

                | 信息内容 | 本年处理决定数量 |
                | --- | --- |
                | 行政许可 | %d |
                | 行政处罚 | %d |
                | 行政强制 | %d |

                | 信息内容 | 本年收费金额（单位：万元） |
                | --- | --- |
                | 行政事业性收费 | %s |""".formatted(
                        proactive.regulations().cells(),
                        proactive.normativeDocuments().cells(),
                        proactive.licensing().decisions(),
                        proactive.penalties().decisions(),
                        proactive.enforcement().decisions(),
                        proactive.fees().amount().toPlainString());
    }

    /** Table 三 as Markdown, the applicant kinds as columns, printed under part 三. */
    public String requestsMarkdown() {
        StringBuilder table = new StringBuilder("| 项目 | ")
                .append(String.join(" | ", COLUMN_LABELS))
                .append(" |\n|")
                .append(" --- |".repeat(COLUMN_LABELS.length + 1));
        for (String key : REQUEST_ROWS) {
            table.append("\n| ")
                    .append(rowLabel(key))
                    .append(" | ")
                    .append(Arrays.stream(requests.get(key))
                            .mapToObj(String::valueOf)
                            .collect(Collectors.joining(" | ")))
                    .append(" |");
        }
        return table.toString();
    }

    /**
     * Table 三 as the page and the PDF print it (templates/reports/ogi-tables.html): its header groups the applicant
     * kinds under 申请人情况 and the organisations under 法人或其他组织, as the national format does, which a Markdown
     * table cannot.
     */
    public RequestsTable requestsTable() {
        return new RequestsTable(
                List.of(COLUMN_LABELS),
                REQUEST_ROWS.stream()
                        .map(key -> new RequestsTable.Row(
                                rowLabel(key),
                                Arrays.stream(requests.get(key)).boxed().toList()))
                        .toList());
    }

    /** Table 三 laid out for printing: the column labels (自然人, the organisations, 总计) and each labelled row. */
    public record RequestsTable(List<String> columns, List<Row> rows) {

        /** The organisations' columns, grouped under 法人或其他组织. */
        public List<String> organisations() {
            return columns.subList(1, columns.size() - 1);
        }

        public record Row(String label, List<Integer> counts) {}
    }

    /** The table printed under a part of the report, as Markdown (what search and the text of a PDF hold), or null. */
    String markdownUnder(String partLabel) {
        return switch (partLabel) {
            case "二、" -> proactiveMarkdown();
            case "三、" -> requestsMarkdown();
            case "四、" -> remediesMarkdown();
            default -> null;
        };
    }

    /**
     * Table 二 or 四 under its part as the page and the PDF show it (rendered from its Markdown), or an empty string;
     * table 三 is printed by the template from {@link #requestsTable()}.
     */
    public String markdownTableHtmlUnder(String partLabel) {
        return switch (partLabel) {
            case "二、", "四、" -> ReportRendering.html(markdownUnder(partLabel));
            default -> "";
        };
    }

    /** Table 四 as Markdown, printed under part 四. */
    public String remediesMarkdown() {
        return """
                | 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | --- | --- | --- | --- | --- | --- |
                | 行政复议 | %s |
                | 行政诉讼（未经复议直接起诉） | %s |
                | 行政诉讼（复议后起诉） | %s |""".formatted(
                        remedies.reconsideration().cells(),
                        remedies.directLitigation().cells(),
                        remedies.litigationAfterReconsideration().cells());
    }

    /**
     * The printed label of a row of table 三; the outcome rows carry their lettered group, as （三）不予公开：1.属于国家秘密,
     * so that each row reads whole, and the first of them opens 三、本年度办理结果.
     */
    static String rowLabel(String key) {
        for (TableThree.Row row : TableThree.Row.values()) {
            if (row.name().equals(key)) {
                return row.label();
            }
        }
        DisclosureOutcome outcome = DisclosureOutcome.valueOf(key);
        String group = outcome.group().label();
        if (outcome.ordinal() == 0) {
            return "三、本年度办理结果：" + group;
        }
        return outcome.item() == 0 ? group : group + "：" + outcome.item() + "." + outcome.label();
    }

    private static List<String> requestRows() {
        List<String> rows =
                new ArrayList<>(List.of(TableThree.Row.RECEIVED.name(), TableThree.Row.CARRIED_OVER.name()));
        Arrays.stream(DisclosureOutcome.values()).map(Enum::name).forEach(rows::add);
        rows.add(TableThree.Row.ANSWERED_TOTAL.name());
        rows.add(TableThree.Row.CARRIED_FORWARD.name());
        return List.copyOf(rows);
    }

    static {
        if (COLUMN_LABELS.length != ApplicantKind.values().length + 1) {
            throw new IllegalStateException("table 三 columns out of step with the applicant kinds");
        }
    }

    /** Table 二 (主动公开政府信息情况). */
    public record ProactiveDisclosure(
            Documents regulations,
            Documents normativeDocuments,
            Decisions licensing,
            Decisions penalties,
            Decisions enforcement,
            Fees fees) {

        public ProactiveDisclosure {
            regulations = regulations == null ? new Documents(0, 0, 0) : regulations;
            normativeDocuments = normativeDocuments == null ? new Documents(0, 0, 0) : normativeDocuments;
            licensing = licensing == null ? new Decisions(0) : licensing;
            penalties = penalties == null ? new Decisions(0) : penalties;
            enforcement = enforcement == null ? new Decisions(0) : enforcement;
            fees = fees == null ? new Fees(BigDecimal.ZERO) : fees;
        }

        static ProactiveDisclosure none() {
            return new ProactiveDisclosure(null, null, null, null, null, null);
        }

        void problems(String prefix, List<FieldProblem> problems) {
            regulations.problems(prefix + ".regulations", problems);
            normativeDocuments.problems(prefix + ".normativeDocuments", problems);
            nonNegative(prefix + ".licensing.decisions", licensing.decisions(), problems);
            nonNegative(prefix + ".penalties.decisions", penalties.decisions(), problems);
            nonNegative(prefix + ".enforcement.decisions", enforcement.decisions(), problems);
            BigDecimal amount = fees.amount();
            if (amount.signum() < 0) {
                problems.add(new FieldProblem(prefix + ".fees.amount", "PositiveOrZero"));
            } else if (amount.scale() > 4 || amount.precision() - amount.scale() > 10) {
                problems.add(new FieldProblem(prefix + ".fees.amount", "report.fee-amount"));
            }
        }
    }

    /** 规章 or 行政规范性文件: made, repealed and in force. */
    public record Documents(int issued, int repealed, int inForce) {
        String cells() {
            return issued + " | " + repealed + " | " + inForce;
        }

        void problems(String prefix, List<FieldProblem> problems) {
            nonNegative(prefix + ".issued", issued, problems);
            nonNegative(prefix + ".repealed", repealed, problems);
            nonNegative(prefix + ".inForce", inForce, problems);
        }
    }

    /** 行政许可, 行政处罚 or 行政强制: the decisions made this year. */
    public record Decisions(int decisions) {}

    /** 行政事业性收费: the amount collected this year, in ten thousands of yuan. */
    public record Fees(BigDecimal amount) {
        public Fees {
            amount = amount == null ? BigDecimal.ZERO : amount;
        }
    }

    /** Table 四 (政府信息公开行政复议、行政诉讼情况). */
    public record Remedies(Cases reconsideration, Cases directLitigation, Cases litigationAfterReconsideration) {

        public Remedies {
            reconsideration = reconsideration == null ? Cases.none() : reconsideration;
            directLitigation = directLitigation == null ? Cases.none() : directLitigation;
            litigationAfterReconsideration =
                    litigationAfterReconsideration == null ? Cases.none() : litigationAfterReconsideration;
        }

        static Remedies none() {
            return new Remedies(null, null, null);
        }

        void problems(String prefix, List<FieldProblem> problems) {
            reconsideration.problems(prefix + ".reconsideration", problems);
            directLitigation.problems(prefix + ".directLitigation", problems);
            litigationAfterReconsideration.problems(prefix + ".litigationAfterReconsideration", problems);
        }
    }

    /** Cases by result: upheld (维持), corrected (纠正), other, pending (尚未审结) and their total. */
    public record Cases(int upheld, int corrected, int other, int pending, int total) {

        static Cases none() {
            return new Cases(0, 0, 0, 0, 0);
        }

        String cells() {
            return upheld + " | " + corrected + " | " + other + " | " + pending + " | " + total;
        }

        void problems(String prefix, List<FieldProblem> problems) {
            nonNegative(prefix + ".upheld", upheld, problems);
            nonNegative(prefix + ".corrected", corrected, problems);
            nonNegative(prefix + ".other", other, problems);
            nonNegative(prefix + ".pending", pending, problems);
            if (total != upheld + corrected + other + pending) {
                problems.add(new FieldProblem(
                        prefix + ".total", "report.cases-total", upheld + corrected + other + pending));
            }
        }
    }

    private static void nonNegative(String field, int value, List<FieldProblem> problems) {
        if (value < 0) {
            problems.add(new FieldProblem(field, "PositiveOrZero"));
        }
    }
}
