package cn.gongkai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportSection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportRenderingTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>正文",
                "<img src=x onerror=alert(1)>",
                "[点我](javascript:alert(1))",
                "<a href=\"https://example.org\" onclick=\"x()\">链接</a>",
                "<iframe src=\"https://example.org\"></iframe>",
                "<style>body{display:none}</style>",
                "![x](https://example.org/a.png \"t\" onload=alert(1))"
            })
    void authoredMarkupNeverRuns(String markdown) {
        assertThat(ReportRendering.html(markdown))
                .doesNotContainPattern("(?i)<(script|iframe|style|object|embed)")
                .doesNotContainPattern("(?i)<[a-z][^>]*\son[a-z]+\s*=")
                .doesNotContainPattern("(?i)(href|src)=\"\s*javascript");
    }

    @Test
    void scriptInADraftShowsAsText() {
        assertThat(ReportRendering.html("<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void rendersTablesAndEmphasis() {
        String html = ReportRendering.html("""
                **一是**加强领导。

                | 项目 | 数量 |
                | --- | --- |
                | 行政复议 | 12 |
                """);
        assertThat(html).contains("<strong>一是</strong>加强领导。", "<table>", "<th>项目</th>", "<td>12</td>");
    }

    @Test
    void plainTextKeepsReadingOrderAndRunInHeadings() {
        ReportContent content = new ReportContent(
                "标题",
                "县委:",
                List.of(new ReportSection(
                        "一、", "情况", false, "", List.of(new ReportSection("一是", "优化机构。", true, "认真落实。", List.of())))));

        assertThat(ReportRendering.plainText(content)).isEqualTo("标题\n\n县委:\n\n一、情况\n\n一是优化机构。认真落实。");
    }
}
