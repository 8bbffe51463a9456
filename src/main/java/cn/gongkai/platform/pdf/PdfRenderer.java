package cn.gongkai.platform.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.parser.Parser;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Renders portal documents (回执, 答复告知书, 年度报告) as archival, accessible PDFs: tagged PDF/UA-1 and PDF/A-3a,
 * A4 unless the page's CSS says otherwise, with Noto Sans SC embedded (subset) so the file looks the same everywhere
 * and its text can be searched, copied and read aloud.
 *
 * <p>The font is registered as {@value #FONT_FAMILY}, weights 400 and 700, and as the fallback for text in any
 * family, so a page need not name it. Its glyphs are each reached from one code point (see
 * {@code src/build/NotoSansScFonts.java}), which is what makes the text layer extract as written.
 *
 * <p>Pages load nothing from outside: only {@code data:} URIs, so no network or file access during a render and
 * nothing a caller's user-supplied text could point at. Thread-safe; each render builds its own renderer.
 */
@Component
public class PdfRenderer {

    /** The font family pages can name in CSS. */
    public static final String FONT_FAMILY = "Noto Sans SC";

    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    static {
        // OpenHTMLtoPDF's default logger writes to stderr, past the portal's logging. A global setting: this is the
        // only class that uses it.
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    /** Read on first render, not at start-up: 21 MB of fonts. */
    private volatile Resources resources;

    /** Renders on {@code Schedulers.boundedElastic()} because layout and font subsetting block (about 0.1–0.3 s). */
    public Mono<byte[]> render(PdfDocument document) {
        Objects.requireNonNull(document, "document");
        return Mono.fromCallable(() -> renderNow(document)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Blocks: call from a thread that may. */
    byte[] renderNow(PdfDocument document) throws IOException {
        Resources resources = resources();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(resources.srgb())
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                .useExternalResourceAccessControl(
                        PdfRenderer::isInline, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        PdfRenderer::isInline, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(withoutNamedEntities(document.xhtml()), null)
                .addDOMMutator(dom -> describe(dom, document))
                .toStream(pdf);
        // The renderer saves and closes the document; closing it here too covers a failure before that.
        try (PDDocument target = new PDDocument();
                PdfBoxRenderer renderer = builder.usePDDocument(target).buildPdfRenderer()) {
            // As fallback fonts they serve text in any family, and a page naming FONT_FAMILY gets them first.
            PdfBoxFontResolver fonts = renderer.getFontResolver();
            fonts.addFont(
                    new FontFile(target, resources.regular()),
                    FONT_FAMILY,
                    400,
                    IdentValue.NORMAL,
                    true,
                    FontGroup.PRE_BUILT_IN_FALLBACK);
            fonts.addFont(
                    new FontFile(target, resources.bold()),
                    FONT_FAMILY,
                    700,
                    IdentValue.NORMAL,
                    true,
                    FontGroup.PRE_BUILT_IN_FALLBACK);
            renderer.createPDF();
        }
        return pdf.toByteArray();
    }

    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");

    /**
     * The page is read as XML, which knows five named entities; sanitised HTML may carry others (&amp;ldquo;,
     * &amp;nbsp;). Each becomes its character, except those XML must keep escaped.
     */
    static String withoutNamedEntities(String html) {
        Matcher entity = NAMED_ENTITY.matcher(html);
        StringBuilder result = new StringBuilder(html.length());
        while (entity.find()) {
            String decoded = Parser.unescapeEntities(entity.group(), false);
            boolean keep = decoded.equals(entity.group()) || decoded.length() != 1 || "<>&\"'".contains(decoded);
            entity.appendReplacement(result, Matcher.quoteReplacement(keep ? entity.group() : decoded));
        }
        return entity.appendTail(result).toString();
    }

    private static boolean isInline(String uri, ExternalResourceType type) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    /**
     * Puts the document's metadata into the page, where OpenHTMLtoPDF reads it from: {@code lang} on the root, the
     * {@code <title>}, and {@code <meta name="author|subject">} (replacing any, and any {@code <meta name="title">};
     * the subject defaults to the title).
     */
    static void describe(Document dom, PdfDocument document) {
        Element html = dom.getDocumentElement();
        String namespace = html.getNamespaceURI();
        html.setAttribute("lang", document.language().toLanguageTag());
        if (html.hasAttributeNS(XML, "lang")) {
            html.setAttributeNS(XML, "xml:lang", document.language().toLanguageTag());
        }
        Element head = child(html, "head");
        if (head == null) {
            head = dom.createElementNS(namespace, "head");
            html.insertBefore(head, html.getFirstChild());
        }
        for (Element meta : children(head, "meta")) {
            String name = meta.getAttribute("name");
            if (name.equals("title") || name.equals("author") || name.equals("subject")) {
                head.removeChild(meta);
            }
        }
        Element title = child(head, "title");
        if (title == null) {
            title = dom.createElementNS(namespace, "title");
            head.appendChild(title);
        }
        title.setTextContent(document.title());
        // Without a subject OpenHTMLtoPDF warns on every render; the title is the best one-line description there is.
        String subject =
                document.subject() == null || document.subject().isBlank() ? document.title() : document.subject();
        for (String[] meta : new String[][] {{"author", document.author()}, {"subject", subject}}) {
            if (meta[1] != null && !meta[1].isBlank()) {
                Element element = dom.createElementNS(namespace, "meta");
                element.setAttribute("name", meta[0]);
                element.setAttribute("content", meta[1]);
                head.appendChild(element);
            }
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && name.equals(element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
                children.add(element);
            }
        }
        return children;
    }

    private Resources resources() {
        Resources loaded = resources;
        if (loaded == null) {
            synchronized (this) {
                loaded = resources;
                if (loaded == null) {
                    loaded = Resources.load();
                    resources = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * A font loaded into the document being rendered when its text first needs it, parsed straight from the shared
     * bytes (the builder's stream-based {@code useFont} would copy all 10 MB of each font on every render).
     */
    private static final class FontFile extends PDFontSupplier {

        private final PDDocument document;

        private final byte[] file;

        FontFile(PDDocument document, byte[] file) {
            super(null);
            this.document = document;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(document, new TTFParser().parse(new RandomAccessReadBuffer(file)), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The fonts and the sRGB profile of the PDF/A output intent (色彩配置), shared by all renders. */
    private record Resources(byte[] regular, byte[] bold, byte[] srgb) {

        static Resources load() {
            return new Resources(
                    read("fonts/NotoSansSC-Regular.ttf"),
                    read("fonts/NotoSansSC-Bold.ttf"),
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: the Maven build makes it "
                            + "(generate-resources, src/build/NotoSansScFonts.java)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
