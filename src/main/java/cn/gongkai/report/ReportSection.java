package cn.gongkai.report;

import java.util.List;

/**
 * One numbered part of a report (章节), such as {@code 一、工作开展情况} or {@code （一）依法全面履行政府职能}.
 *
 * @param label the numbering as written: {@code 一、}, {@code （一）}, {@code 1.}, {@code 一是}
 * @param heading the heading text after the label
 * @param runIn whether the heading opens its first paragraph instead of standing on its own line
 *     (as in {@code 一是优化机构设置。认真落实……})
 * @param body Markdown (paragraphs, lists, tables) before the first sub-section
 */
public record ReportSection(String label, String heading, boolean runIn, String body, List<ReportSection> children) {

    public ReportSection {
        label = label == null ? "" : label;
        heading = heading == null ? "" : heading;
        body = body == null ? "" : body;
        children = children == null ? List.of() : List.copyOf(children);
    }
}
