package cn.gongkai.report.internal;

import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.ReportSection;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report's text must be to be saved, and more to be submitted: bounded in size and depth so that a page
 * and a PDF can always be made of it, and for an open-government-information report, tables that can be right.
 */
public final class ReportContentRules {

    static final int MAX_TITLE = 200;
    static final int MAX_LABEL = 16;
    static final int MAX_HEADING = 500;
    static final int MAX_TEXT = 200_000;
    static final int MAX_SECTIONS = 100;
    static final int MAX_DEPTH = 4;
    public static final int MAX_NOTE = 2_000;
    /** A figure needs words for those who cannot see it, on the page and in the tagged PDF. */
    private static final java.util.regex.Pattern IMAGE_WITHOUT_ALT = java.util.regex.Pattern.compile("!\\[\\s*]\\(");

    private ReportContentRules() {}

    /** The problems that stop a draft from being saved, each naming its field. */
    public static List<FieldProblem> forSaving(ReportContent content, ReportKind kind, String correctionNote) {
        List<FieldProblem> problems = new ArrayList<>();
        length(problems, "content.title", content.title(), MAX_TITLE);
        length(problems, "content.preamble", content.preamble(), MAX_TEXT);
        if (IMAGE_WITHOUT_ALT.matcher(content.preamble()).find()) {
            problems.add(new FieldProblem("content.preamble", "report.image-alt"));
        }
        sections(problems, "content.sections", content.sections(), 1);
        if (kind == ReportKind.OPEN_GOVERNMENT_INFORMATION && content.ogi() == null) {
            problems.add(new FieldProblem("content.ogi", "NotNull"));
        } else if (kind != ReportKind.OPEN_GOVERNMENT_INFORMATION && content.ogi() != null) {
            problems.add(new FieldProblem("content.ogi", "report.ogi-tables-only"));
        } else if (content.ogi() != null) {
            problems.addAll(content.ogi().problems("content.ogi"));
        }
        if (correctionNote != null) {
            length(problems, "correctionNote", correctionNote, MAX_NOTE);
        }
        return problems;
    }

    /**
     * The problems that stop a draft from going to the publishers or the public: a title, at least one part, a
     * correction note (更正说明) for a correction, and table 三 passing 一 + 二 = （七）总计 + 四.
     */
    public static List<FieldProblem> forPublication(
            ReportContent content, ReportKind kind, int year, String correctionNote, boolean isCorrection) {
        List<FieldProblem> problems = new ArrayList<>(forSaving(content, kind, correctionNote));
        if (content.title().isBlank()) {
            problems.add(new FieldProblem("content.title", "NotBlank"));
        }
        if (content.sections().isEmpty()) {
            problems.add(new FieldProblem("content.sections", "NotEmpty"));
        }
        if (isCorrection && (correctionNote == null || correctionNote.isBlank())) {
            problems.add(new FieldProblem("correctionNote", "report.correction-note-needed"));
        }
        if (content.ogi() != null && problems.isEmpty()) {
            List<String> failing = content.ogi().failingColumns();
            if (!failing.isEmpty()) {
                problems.add(new FieldProblem(
                        "content.ogi.requests", "report.table-three-check", String.join("、", failing)));
            }
        }
        return problems;
    }

    private static void sections(List<FieldProblem> problems, String field, List<ReportSection> sections, int depth) {
        if (sections.size() > MAX_SECTIONS) {
            problems.add(new FieldProblem(field, "Size", field, String.valueOf(MAX_SECTIONS), "0"));
        }
        if (depth > MAX_DEPTH && !sections.isEmpty()) {
            problems.add(new FieldProblem(field, "report.too-deep", String.valueOf(MAX_DEPTH)));
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            String at = field + "[" + i + "]";
            length(problems, at + ".label", section.label(), MAX_LABEL);
            length(problems, at + ".heading", section.heading(), MAX_HEADING);
            length(problems, at + ".body", section.body(), MAX_TEXT);
            if (IMAGE_WITHOUT_ALT.matcher(section.body()).find()) {
                problems.add(new FieldProblem(at + ".body", "report.image-alt"));
            }
            if (section.label().isBlank() && section.heading().isBlank()) {
                problems.add(new FieldProblem(at + ".heading", "NotBlank"));
            }
            sections(problems, at + ".children", section.children(), depth + 1);
        }
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "Size", field, String.valueOf(max), "0"));
        }
    }
}
