package cn.gongkai.platform.pdf;

import java.util.Locale;
import java.util.Objects;

/**
 * A document to render (待生成文档): a complete XHTML page with its own {@code <style>}, and the metadata the PDF
 * carries. The metadata here wins over the page's own {@code <title>}, {@code <meta name="author|subject">} and
 * {@code lang}, so the archived file describes itself the same way however the page was built.
 *
 * <p>The XHTML must be well-formed XML (escape user text); it may name the family
 * {@value PdfRenderer#FONT_FAMILY} in weights 400 and 700, size pages with {@code @page}, put page numbers in
 * {@code @page} margin boxes and bookmarks in {@code <head><bookmarks>}. Only {@code data:} URIs are loaded.
 *
 * @param xhtml the page, a full {@code <html>} document
 * @param title the document title (文档标题), shown by viewers instead of the file name; required by PDF/UA
 * @param author the issuing body (发文机关), or {@code null}
 * @param subject a one-line description (摘要), or {@code null} for the title
 * @param language the natural language of the text, read aloud by screen readers; {@code null} means zh-CN
 */
public record PdfDocument(String xhtml, String title, String author, String subject, Locale language) {

    public PdfDocument {
        Objects.requireNonNull(xhtml, "xhtml");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a PDF/UA document needs a title");
        }
        language = language == null ? Locale.SIMPLIFIED_CHINESE : language;
    }

    /** A Chinese document (zh-CN). */
    public PdfDocument(String xhtml, String title, String author, String subject) {
        this(xhtml, title, author, subject, null);
    }
}
