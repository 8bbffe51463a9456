package cn.gongkai.report.internal;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportDraftVersion;
import cn.gongkai.report.ReportSection;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** The difference between two versions of a report, line by line, as an editor reads the source. */
public final class ReportDiff {

    private ReportDiff() {}

    public static ReportDraftVersion.Diff between(ReportDraftVersion from, ReportDraftVersion to) {
        List<String> before = lines(from.content(), from.correctionNote());
        List<String> after = lines(to.content(), to.correctionNote());
        List<ReportDraftVersion.Line> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new ReportDraftVersion.Line(ReportDraftVersion.Kind.SAME, before.get(position)));
            }
            delta.getSource()
                    .getLines()
                    .forEach(line -> lines.add(new ReportDraftVersion.Line(ReportDraftVersion.Kind.REMOVED, line)));
            delta.getTarget()
                    .getLines()
                    .forEach(line -> lines.add(new ReportDraftVersion.Line(ReportDraftVersion.Kind.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            lines.add(new ReportDraftVersion.Line(ReportDraftVersion.Kind.SAME, before.get(position)));
        }
        return new ReportDraftVersion.Diff(from.revision(), to.revision(), lines);
    }

    /** The report as source lines: title, opening, each heading with its Markdown, the tables, the correction note. */
    static List<String> lines(ReportContent content, String correctionNote) {
        List<String> lines = new ArrayList<>();
        lines.add(content.title());
        addBlock(lines, content.preamble());
        content.forReading().sections().forEach(section -> addSection(lines, section));
        if (correctionNote != null && !correctionNote.isBlank()) {
            lines.add("更正说明：" + correctionNote);
        }
        return lines;
    }

    private static void addSection(List<String> lines, ReportSection section) {
        lines.add(section.label() + section.heading());
        addBlock(lines, section.body());
        section.children().forEach(child -> addSection(lines, child));
    }

    private static void addBlock(List<String> lines, String markdown) {
        markdown.lines().filter(line -> !line.isBlank()).forEach(lines::add);
    }
}
