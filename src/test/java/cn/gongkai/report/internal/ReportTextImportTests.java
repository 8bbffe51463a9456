package cn.gongkai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportTextImportTests {

    static Stream<Arguments> headings() {
        return Stream.of(
                // line, label, heading, runIn, body
                Arguments.of("一、工作开展情况", "一、", "工作开展情况", false, ""),
                Arguments.of("十二、其他事项", "十二、", "其他事项", false, ""),
                Arguments.of("(一)依法全面履行政府职能", "(一)", "依法全面履行政府职能", false, ""),
                Arguments.of("（十一）加强监督", "（十一）", "加强监督", false, ""),
                Arguments.of("(二)总体目标。到2025年,政府行为全面纳入法治轨道。", "(二)", "总体目标。", true, "到2025年,政府行为全面纳入法治轨道。"),
                Arguments.of("1.优化政府机构设置。坚持优化政府组织结构。", "1.", "优化政府机构设置。", true, "坚持优化政府组织结构。"),
                Arguments.of("12．规范执法", "12．", "规范执法", false, ""),
                Arguments.of("3、加强培训", "3、", "加强培训", false, ""));
    }

    @ParameterizedTest
    @MethodSource("headings")
    void recognisesChineseNumbering(String line, String label, String heading, boolean runIn, String body) {
        ReportContent content = ReportTextImport.read("标题\n" + line, null);

        assertThat(content.sections()).singleElement().satisfies(section -> {
            assertThat(section.label()).isEqualTo(label);
            assertThat(section.heading()).isEqualTo(heading);
            assertThat(section.runIn()).isEqualTo(runIn);
            assertThat(section.body()).isEqualTo(body);
        });
    }

    static Stream<String> notHeadings() {
        return Stream.of("2019年以来,全县共办理案件1.5万件。", "1.5亿元用于基础设施建设。", "一是", "县委:", "12345热线受理群众诉求。", "是一项长期任务。");
    }

    @ParameterizedTest
    @MethodSource("notHeadings")
    void leavesOrdinaryParagraphsAlone(String line) {
        ReportContent content = ReportTextImport.read("标题\n" + line, null);

        assertThat(content.sections()).isEmpty();
        assertThat(content.preamble()).isNotBlank();
    }

    @Test
    void nestsPartsSubpartsItemsAndPoints() {
        ReportContent content = ReportTextImport.read("""
                标题
                县委:
                现报告如下:
                一、工作开展情况
                (一)依法全面履行政府职能
                一是优化机构设置。认真落实上级文件精神。
                二是完善行政审批制度。
                后续段落。
                (二)完善制度
                1.加强立法
                2.规范文件。严格审查。
                二、存在问题
                一些问题。
                """, null);

        assertThat(content.title()).isEqualTo("标题");
        assertThat(content.preamble()).isEqualTo("县委:\n\n现报告如下:");
        assertThat(content.sections()).extracting(ReportSection::label).containsExactly("一、", "二、");
        ReportSection first = content.sections().get(0);
        assertThat(first.children()).extracting(ReportSection::heading).containsExactly("依法全面履行政府职能", "完善制度");
        assertThat(first.children().get(0).children())
                .extracting(ReportSection::label, ReportSection::heading, ReportSection::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("一是", "优化机构设置。", "认真落实上级文件精神。"),
                        org.assertj.core.groups.Tuple.tuple("二是", "完善行政审批制度。", "后续段落。"));
        assertThat(first.children().get(1).children())
                .extracting(ReportSection::label)
                .containsExactly("1.", "2.");
        assertThat(content.sections().get(1).body()).isEqualTo("一些问题。");
    }

    @Test
    void dropsWebPageFurnitureAndKeepsTheGivenTitle() {
        ReportContent content = ReportTextImport.read("""
                各部门:
                《某区2023年度工作方案》
                浏览次数: 信息来源: 市司法局 发布时间:2022-03-10 08:38 字号:
                正文。
                扫一扫在手机打开当前页
                """, "某区2023年度工作方案");

        assertThat(content.title()).isEqualTo("某区2023年度工作方案");
        assertThat(content.preamble()).isEqualTo("各部门:\n\n正文。");
    }

    @Test
    void turnsPipeSeparatedRowsIntoATable() {
        ReportContent content = ReportTextImport.read("""
                清单
                工作任务 | 序号 | 完成时限 |
                加强领导 | 1 | 12月底
                2 | 年底前 |
                """, null);

        assertThat(content.preamble()).isEqualTo("""
                | 工作任务 | 序号 | 完成时限 |
                | --- | --- | --- |
                | 加强领导 | 1 | 12月底 |
                | 2 | 年底前 |  |""");
    }

    @Test
    void escapesWhatMarkdownWouldOtherwiseInterpret() {
        assertThat(ReportTextImport.escapeMarkdown("a*b_c <script> [x] #1 & 2"))
                .isEqualTo("a\\*b\\_c \\<script\\> \\[x\\] \\#1 \\& 2");
        assertThat(ReportTextImport.escapeMarkdown("- 不是列表")).isEqualTo("\\- 不是列表");
        assertThat(ReportTextImport.escapeMarkdown("2020) 不是列表")).isEqualTo("2020\\) 不是列表");
    }

    @Test
    void refusesAnEmptyText() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportTextImport.read(" \n\u3000\n", null));
    }

    @Test
    void readsTheSuixiReportIntoItsThreeParts() throws IOException {
        String text;
        try (var in = getClass().getResourceAsStream("/demo/reports/suixi-2019-rule-of-law-annual-report.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReportContent content = ReportTextImport.read(text, null);

        assertThat(content.title()).isEqualTo("濉溪县人民政府关于2019年度法治政府建设情况的报告");
        assertThat(content.sections())
                .extracting(ReportSection::heading)
                .containsExactly("工作开展情况", "存在问题", "2020年重点工作安排");
        List<ReportSection> measures = content.sections().get(0).children();
        assertThat(measures).hasSize(8);
        assertThat(measures.get(0).heading()).isEqualTo("依法全面履行政府职能");
        assertThat(measures.get(0).children())
                .first()
                .extracting(ReportSection::label, ReportSection::heading)
                .containsExactly("一是", "优化机构设置。");
        ReportSection last = content.sections().get(2);
        assertThat(last.children().get(last.children().size() - 1).body())
                .endsWith("2020年2月28日")
                .doesNotContain("扫一扫");
    }
}
