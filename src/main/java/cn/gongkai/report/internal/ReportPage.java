package cn.gongkai.report.internal;

import cn.gongkai.report.OgiTables;
import cn.gongkai.report.PublishedReport;
import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A published report laid out for reading: sanitised HTML for each part, anchors and the table of
 * contents (目录) of the parts down to the second level.
 */
public record ReportPage(PublishedReport report, String preambleHtml, List<Part> parts, List<Part> contents) {

    /**
     * One part of the page; {@code level} 1 is {@code 一、}, 2 {@code （一）}, 3 {@code 1.}, 4 {@code 一是}.
     * {@code requests} is table 三, printed after the text of part 三 of an open-government-information report.
     */
    public record Part(
            String anchor,
            int level,
            String label,
            String heading,
            boolean runIn,
            String html,
            List<Part> children,
            OgiTables.RequestsTable requests) {

        /** The heading without the full stop of a run-in heading, as a table of contents shows it. */
        public String title() {
            return (label + heading).replaceAll("[。.]$", "");
        }
    }

    public static ReportPage of(PublishedReport report) {
        ReportContent content = report.content();
        List<Part> parts = parts(content.sections(), content.ogi(), "s", 1);
        List<Part> contents = new ArrayList<>();
        parts.forEach(part -> contents.add(new Part(
                part.anchor(),
                1,
                part.label(),
                part.heading(),
                false,
                "",
                part.children().stream()
                        .filter(child -> !child.runIn() && child.level() == 2)
                        .map(child ->
                                new Part(child.anchor(), 2, child.label(), child.heading(), false, "", List.of(), null))
                        .toList(),
                null)));
        return new ReportPage(report, ReportRendering.html(content.preamble()), parts, contents);
    }

    /** The parts with their HTML; an OGI report's tables close the top-level parts they belong to. */
    private static List<Part> parts(List<ReportSection> sections, OgiTables ogi, String parentAnchor, int level) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            String anchor = parentAnchor + "-" + (i + 1);
            String html = section.runIn() ? runIn(section) : ReportRendering.html(section.body());
            boolean tablesClose = ogi != null && level == 1;
            if (tablesClose) {
                html = html + ogi.markdownTableHtmlUnder(section.label());
            }
            OgiTables.RequestsTable requests = tablesClose && "三、".equals(section.label()) ? ogi.requestsTable() : null;
            parts.add(new Part(
                    anchor,
                    levelOf(section, level),
                    section.label(),
                    section.heading(),
                    section.runIn(),
                    html,
                    parts(section.children(), null, anchor, level + 1),
                    requests));
        }
        return parts;
    }

    /**
     * The heading opens the first paragraph in bold. Built here rather than in Markdown, whose rules
     * do not close {@code **…。**} when a Chinese character follows.
     */
    private static String runIn(ReportSection section) {
        String heading = "<strong>" + HtmlUtils.htmlEscape(section.label() + section.heading()) + "</strong>";
        String body = ReportRendering.html(section.body());
        return body.startsWith("<p>") ? "<p>" + heading + body.substring(3) : "<p>" + heading + "</p>\n" + body;
    }

    /** A part's depth follows its numbering style where it has one; 一是 is always the innermost. */
    private static int levelOf(ReportSection section, int depth) {
        String label = section.label();
        if (label.endsWith("是")) {
            return 4;
        }
        if (label.endsWith("、") && !Character.isDigit(label.charAt(0))) {
            return 1;
        }
        if (label.startsWith("(") || label.startsWith("（")) {
            return 2;
        }
        return Math.min(Math.max(depth, 3), 4);
    }
}
