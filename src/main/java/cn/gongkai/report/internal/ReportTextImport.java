package cn.gongkai.report.internal;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportSection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report from plain text (导入) into its numbered structure, recognising the numbering of
 * Chinese official documents: {@code 一、} › {@code （一）} › {@code 1.} › {@code 一是}. Lines of
 * web-page furniture (来源, 发布时间, 扫一扫……) are dropped; rows written as {@code a | b | c} become a table.
 * The words themselves are kept exactly, so the published page says what the source said.
 */
public final class ReportTextImport {

    private static final String CHINESE_NUMERAL = "[一二三四五六七八九十百零〇]+";
    private static final Pattern PART = Pattern.compile("^(" + CHINESE_NUMERAL + "、)(.*)$");
    private static final Pattern SUBPART = Pattern.compile("^([（(]" + CHINESE_NUMERAL + "[）)])(.*)$");
    private static final Pattern ITEM = Pattern.compile("^([0-9]{1,3}[.．、])(?![0-9])(.*)$");
    private static final Pattern POINT = Pattern.compile("^(" + CHINESE_NUMERAL + "是)(.+)$");
    private static final Pattern FURNITURE =
            Pattern.compile("^(来源[:：]|信息来源[:：]|浏览次数|扫一扫|文字大小|字号[:：]|【?打印|分享到|【?关闭)|发布时间[:：]");
    private static final Pattern TABLE_ROW = Pattern.compile("^[^|]*\\|[^|]*\\|.*$");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~#&])");
    private static final Pattern MARKDOWN_LINE_START = Pattern.compile("^([-+=]|[0-9]+[.)])");

    private ReportTextImport() {}

    /**
     * @param text the report as plain text, one paragraph per line
     * @param title the title when known (the line that repeats it is then dropped); otherwise the
     *     first line is the title
     */
    public static ReportContent read(String text, String title) {
        List<String> lines = meaningfulLines(text);
        if (title == null || title.isBlank()) {
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("the text is empty");
            }
            title = lines.remove(0);
        } else {
            String wanted = bare(title);
            lines.stream().filter(line -> bare(line).equals(wanted)).findFirst().ifPresent(lines::remove);
        }
        return new Reader().read(title.strip(), lines);
    }

    private static List<String> meaningfulLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\uFEFF", "").split("\\R")) {
            String line = raw.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
            if (!line.isEmpty() && !FURNITURE.matcher(line).find()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String bare(String line) {
        return line.replaceAll("[《》\\s]", "");
    }

    /** Plain text as Markdown that renders back to exactly that text. */
    static String escapeMarkdown(String text) {
        String escaped = MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
        Matcher start = MARKDOWN_LINE_START.matcher(escaped);
        return start.find()
                ? escaped.substring(0, start.end() - 1) + "\\" + escaped.substring(start.end() - 1)
                : escaped;
    }

    /** Builds the section tree line by line, keeping the open sections on a stack. */
    private static final class Reader {

        private final List<Node> roots = new ArrayList<>();
        private final Deque<Node> open = new ArrayDeque<>();
        private final List<String> preamble = new ArrayList<>();
        private final List<String[]> table = new ArrayList<>();

        ReportContent read(String title, List<String> lines) {
            for (String line : lines) {
                if (TABLE_ROW.matcher(line).matches()) {
                    table.add(line.split("\\|", -1));
                    continue;
                }
                flushTable();
                if (!heading(line)) {
                    paragraph(escapeMarkdown(line));
                }
            }
            flushTable();
            return new ReportContent(
                    title,
                    String.join("\n\n", preamble),
                    roots.stream().map(Node::toSection).toList());
        }

        private boolean heading(String line) {
            Matcher m;
            if ((m = PART.matcher(line)).matches()) {
                return open(1, m.group(1), m.group(2));
            }
            if ((m = SUBPART.matcher(line)).matches()) {
                return open(2, m.group(1), m.group(2));
            }
            if ((m = ITEM.matcher(line)).matches()) {
                return open(3, m.group(1), m.group(2));
            }
            if ((m = POINT.matcher(line)).matches() && !open.isEmpty()) {
                return open(4, m.group(1), m.group(2));
            }
            return false;
        }

        /** A heading followed by text in the same line runs in: the heading ends at the first 。 */
        private boolean open(int level, String label, String rest) {
            int stop = rest.indexOf('。');
            boolean runIn = level == 4 || (stop >= 0 && stop < rest.length() - 1);
            String heading = runIn && stop >= 0 ? rest.substring(0, stop + 1) : rest;
            String body = runIn ? (stop >= 0 ? rest.substring(stop + 1) : "") : "";
            if (level == 4 && stop < 0) {
                heading = "";
                body = rest;
            }
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            Node node = new Node(level, label, heading.strip(), runIn);
            (open.isEmpty() ? roots : open.peek().children).add(node);
            open.push(node);
            if (!body.isBlank()) {
                node.paragraphs.add(escapeMarkdown(body.strip()));
            }
            return true;
        }

        private void paragraph(String markdown) {
            (open.isEmpty() ? preamble : open.peek().paragraphs).add(markdown);
        }

        private void flushTable() {
            if (table.isEmpty()) {
                return;
            }
            int columns =
                    table.stream().mapToInt(row -> trimmedWidth(row)).max().orElse(0);
            StringBuilder markdown = new StringBuilder();
            for (int r = 0; r < table.size(); r++) {
                markdown.append('|');
                for (int c = 0; c < columns; c++) {
                    String cell = c < table.get(r).length ? table.get(r)[c].strip() : "";
                    markdown.append(' ')
                            .append(MARKDOWN_SPECIAL.matcher(cell).replaceAll("\\\\$1"))
                            .append(" |");
                }
                markdown.append('\n');
                if (r == 0) {
                    markdown.append("|").append(" --- |".repeat(columns)).append('\n');
                }
            }
            table.clear();
            paragraph(markdown.toString().stripTrailing());
        }

        /** Cells after the last non-empty one are the writer's trailing separators, not columns. */
        private static int trimmedWidth(String[] row) {
            int width = row.length;
            while (width > 0 && row[width - 1].isBlank()) {
                width--;
            }
            return width;
        }
    }

    private static final class Node {
        final int level;
        final String label;
        final String heading;
        final boolean runIn;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, String label, String heading, boolean runIn) {
            this.level = level;
            this.label = label;
            this.heading = heading;
            this.runIn = runIn;
        }

        ReportSection toSection() {
            return new ReportSection(
                    label,
                    heading,
                    runIn,
                    String.join("\n\n", paragraphs),
                    children.stream().map(Node::toSection).toList());
        }
    }
}
