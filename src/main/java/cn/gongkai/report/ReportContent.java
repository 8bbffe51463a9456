package cn.gongkai.report;

import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one version of a report: its title, what comes before the first numbered part (the
 * addressee and opening), the numbered parts, and for an open-government-information report its tables.
 *
 * @param ogi the tables 二, 三 and 四 of an open-government-information report; null for other reports
 */
public record ReportContent(
        String title,
        String preamble,
        List<ReportSection> sections,
        @Nullable OgiTables ogi) {

    public ReportContent {
        title = title == null ? "" : title;
        preamble = preamble == null ? "" : preamble;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public ReportContent(String title, String preamble, List<ReportSection> sections) {
        this(title, preamble, sections, null);
    }

    /**
     * The content as the public reads it: the tables printed at the end of the parts 二, 三 and 四 they belong to.
     * Kept apart while drafting so that staff edit numbers as numbers, not as Markdown.
     */
    public ReportContent forReading() {
        if (ogi == null) {
            return this;
        }
        List<ReportSection> withTables = new ArrayList<>();
        for (ReportSection section : sections) {
            String table = ogi.markdownUnder(section.label());
            withTables.add(
                    table == null
                            ? section
                            : new ReportSection(
                                    section.label(),
                                    section.heading(),
                                    section.runIn(),
                                    section.body().isBlank() ? table : section.body() + "\n\n" + table,
                                    section.children()));
        }
        return new ReportContent(title, preamble, withTables, null);
    }
}
