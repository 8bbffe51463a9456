package cn.gongkai.report.internal;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportSection;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Turns a report's Markdown into the HTML the public reads and into plain text for search. Authored
 * HTML is never trusted: whatever the Markdown contains passes through an allow-list sanitiser, so a
 * script in a draft shows as text or disappears, never runs. Images may only be the report's own figures.
 */
public final class ReportRendering {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = ReportHtmlPolicy.INSTANCE.sanitiser();

    private ReportRendering() {}

    /** Sanitised HTML of a Markdown text. */
    public static String html(String markdown) {
        return sanitised(HTML.render(PARSER.parse(markdown)));
    }

    /** HTML reduced to what {@link ReportHtmlPolicy} allows. */
    static String sanitised(String html) {
        return POLICY.sanitize(html);
    }

    /** The words of a Markdown text, without markup. */
    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    /** The whole report as plain text, in reading order: what search indexes and a PDF must contain. */
    public static String plainText(ReportContent content) {
        content = content.forReading();
        StringBuilder text = new StringBuilder(content.title()).append("\n\n");
        appendBlock(text, text(content.preamble()));
        content.sections().forEach(section -> appendSection(text, section));
        return text.toString().strip();
    }

    /** Every heading of the report, one per line: search weighs a match here above one in the text. */
    public static String headings(ReportContent content) {
        StringBuilder text = new StringBuilder();
        content.sections().forEach(section -> appendHeadings(text, section));
        return text.toString().strip();
    }

    private static void appendHeadings(StringBuilder text, ReportSection section) {
        text.append(section.label()).append(section.heading()).append('\n');
        section.children().forEach(child -> appendHeadings(text, child));
    }

    private static void appendSection(StringBuilder text, ReportSection section) {
        String body = text(section.body());
        if (section.runIn()) {
            appendBlock(text, section.label() + section.heading() + body);
        } else {
            appendBlock(text, section.label() + section.heading());
            appendBlock(text, body);
        }
        section.children().forEach(child -> appendSection(text, child));
    }

    private static void appendBlock(StringBuilder text, String block) {
        if (!block.isBlank()) {
            text.append(block).append("\n\n");
        }
    }
}
