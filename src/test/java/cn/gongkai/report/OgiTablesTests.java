package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.TableThree;
import cn.gongkai.platform.PortalException.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tables of the open-government-information report: their check, their validation, their printed labels. */
class OgiTablesTests {

    /** A year as counted from records: 3 received from people, 1 from a firm, 1 carried over, 1 carried forward. */
    static OgiTables counted() {
        return OgiTables.startingFrom(TableThree.count(
                2026,
                List.of(
                        entry(ApplicantKind.NATURAL_PERSON, "2026-02-01", DisclosureOutcome.DISCLOSED, "2026-02-20"),
                        entry(
                                ApplicantKind.NATURAL_PERSON,
                                "2026-03-01",
                                DisclosureOutcome.PARTLY_DISCLOSED,
                                "2026-03-20"),
                        entry(ApplicantKind.NATURAL_PERSON, "2026-12-30", null, null),
                        entry(
                                ApplicantKind.COMMERCIAL_ENTERPRISE,
                                "2025-12-29",
                                DisclosureOutcome.NOT_PROCESSED_REPEATED,
                                "2026-01-10"),
                        entry(
                                ApplicantKind.COMMERCIAL_ENTERPRISE,
                                "2026-05-01",
                                DisclosureOutcome.UNAVAILABLE_NOT_HELD,
                                "2026-05-20"))));
    }

    private static TableThree.Entry entry(
            ApplicantKind kind, String received, DisclosureOutcome outcome, String closed) {
        return new TableThree.Entry(
                kind, LocalDate.parse(received), outcome, closed == null ? null : LocalDate.parse(closed));
    }

    static Stream<Arguments> alterations() {
        return Stream.of(
                Arguments.of("as counted", (Consumer<Map<String, int[]>>) rows -> {}, List.of()),
                Arguments.of(
                        "one more received by a person, total too",
                        (Consumer<Map<String, int[]>>) rows -> add(rows, "RECEIVED", 0, 6),
                        List.of("自然人", "总计")),
                Arguments.of(
                        "one more received and answered by a person",
                        (Consumer<Map<String, int[]>>) rows -> {
                            add(rows, "RECEIVED", 0, 6);
                            add(rows, "DISCLOSED", 0, 6);
                            add(rows, "ANSWERED_TOTAL", 0, 6);
                        },
                        List.of()),
                Arguments.of(
                        "a total that is not the sum of its row",
                        (Consumer<Map<String, int[]>>) rows -> add(rows, "CARRIED_OVER", 6),
                        List.of("总计")),
                Arguments.of(
                        "an outcome moved without its total",
                        (Consumer<Map<String, int[]>>) rows -> {
                            add(rows, "OTHER", 1, 6);
                            add(rows, "CARRIED_FORWARD", 1, 6);
                        },
                        List.of("商业企业", "总计")),
                Arguments.of(
                        "carried forward instead of answered, both sides",
                        (Consumer<Map<String, int[]>>) rows -> {
                            rows.get("DISCLOSED")[0]--;
                            rows.get("DISCLOSED")[6]--;
                            rows.get("ANSWERED_TOTAL")[0]--;
                            rows.get("ANSWERED_TOTAL")[6]--;
                            add(rows, "CARRIED_FORWARD", 0, 6);
                        },
                        List.of()));
    }

    private static void add(Map<String, int[]> rows, String key, int... columns) {
        for (int column : columns) {
            rows.get(key)[column]++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alterations")
    void theCheckNamesTheColumnsThatDoNotAddUp(String what, Consumer<Map<String, int[]>> alter, List<String> failing) {
        Map<String, int[]> rows = new HashMap<>();
        counted().requests().forEach((key, counts) -> rows.put(key, counts.clone()));
        alter.accept(rows);
        assertThat(new OgiTables(null, rows, null).failingColumns()).isEqualTo(failing);
    }

    @Test
    void countedFromRecordsTheCheckHolds() {
        OgiTables tables = counted();
        assertThat(tables.failingColumns()).isEmpty();
        assertThat(tables.requests().get("RECEIVED")).containsExactly(3, 1, 0, 0, 0, 0, 4);
        assertThat(tables.requests().get("CARRIED_OVER")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(tables.requests().get("CARRIED_FORWARD")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(tables.problems("ogi")).isEmpty();
    }

    @Test
    void impossibleEntriesAreNamed() {
        Map<String, int[]> rows = new HashMap<>(Map.of(
                "RECEIVED", new int[] {-1, 0, 0, 0, 0, 0, -1}, "DISCLOSED", new int[] {1, 1}, "ANSWERED", new int[7]));
        var tables = new OgiTables(
                new OgiTables.ProactiveDisclosure(
                        new OgiTables.Documents(1, -1, 0),
                        null,
                        null,
                        new OgiTables.Decisions(-3),
                        null,
                        new OgiTables.Fees(new BigDecimal("1.23456"))),
                rows,
                new OgiTables.Remedies(null, new OgiTables.Cases(1, 2, 0, 1, 3), null));
        assertThat(tables.problems("ogi"))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "ogi.proactive.regulations.repealed",
                        "ogi.proactive.penalties.decisions",
                        "ogi.proactive.fees.amount",
                        "ogi.requests.RECEIVED",
                        "ogi.requests.DISCLOSED",
                        "ogi.requests.ANSWERED",
                        "ogi.remedies.directLitigation.total");
    }

    @Test
    void everyRowIsPrintedWithItsLabelFromTheNationalFormat() {
        String table = counted().requestsMarkdown();
        assertThat(table).startsWith("| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |");
        assertThat(table)
                .contains(
                        "| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
                        "| 三、本年度办理结果：（一）予以公开 | 1 |",
                        "| （三）不予公开：1.属于国家秘密 |",
                        "| （四）无法提供：1.本机关不掌握相关政府信息 | 0 | 1 |",
                        "| （七）总计 | 2 | 2 | 0 | 0 | 0 | 0 | 4 |",
                        "| 四、结转下年度继续办理 | 1 |");
        for (DisclosureOutcome outcome : DisclosureOutcome.values()) {
            assertThat(table).contains(outcome.label());
        }
        assertThat(table.lines()).hasSize(2 + OgiTables.REQUEST_ROWS.size());
        assertThat(counted().remediesMarkdown()).contains("| 行政复议 | 0 | 0 | 0 | 0 | 0 |");
    }

    @Test
    void thePrintedTableGroupsTheApplicantsAsTheNationalFormatDoes() throws Exception {
        String html = printed(counted().requestsTable());
        var table = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
        var rows = table.getElementsByTagName("tr");
        assertThat(rows.getLength()).isEqualTo(3 + OgiTables.REQUEST_ROWS.size());
        assertThat(rows.item(0).getTextContent()).isEqualTo("项目申请人情况");
        assertThat(rows.item(1).getTextContent()).isEqualTo("自然人法人或其他组织总计");
        assertThat(rows.item(2).getTextContent()).isEqualTo("商业企业科研机构社会公益组织法律服务机构其他");
        assertThat(rows.item(3).getTextContent()).isEqualTo("一、本年新收政府信息公开申请数量3100004");
        // Every body row has its header cell and the seven counts, so each count sits under its own column.
        for (int i = 3; i < rows.getLength(); i++) {
            var row = (org.w3c.dom.Element) rows.item(i);
            assertThat(row.getElementsByTagName("th").getLength()).isEqualTo(1);
            assertThat(row.getElementsByTagName("td").getLength()).isEqualTo(7);
        }
        assertThat(html)
                .contains(
                        "<table class=\"ogi-requests\">",
                        "<th colspan=\"7\" scope=\"colgroup\">申请人情况</th>",
                        "<th colspan=\"5\" scope=\"colgroup\">法人或其他组织</th>",
                        "<th scope=\"row\">（七）总计</th><td>2</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td>",
                        "<th scope=\"row\">（三）不予公开：1.属于国家秘密</th><td>0</td>",
                        "<th scope=\"row\">四、结转下年度继续办理</th><td>1</td>");
    }

    /** Table 三 as the template the page and the PDF include prints it. */
    private static String printed(OgiTables.RequestsTable requests) {
        var resolver = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        var engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        var context = new org.thymeleaf.context.Context();
        context.setVariable("table", requests);
        return engine.process("reports/ogi-tables", java.util.Set.of("requests"), context);
    }
}
