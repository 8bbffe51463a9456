package cn.gongkai.report;

import java.util.List;

/**
 * The text of one version of a report: its title, what comes before the first numbered part (the
 * addressee and opening), and the numbered parts.
 */
public record ReportContent(String title, String preamble, List<ReportSection> sections) {

    public ReportContent {
        preamble = preamble == null ? "" : preamble;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
