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
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * family, so a page need not name it. Behind it, for the rare characters of names (生僻字) in CJK Extensions B to H,
 * come 花园明朝 B (HanaMinB) and a supplement cut from BabelStone Han; each document embeds only the glyphs it uses.
 * Every glyph of these fonts is reached from one code point (see {@code src/build/PdfFonts.java}), which is what
 * makes the text layer extract as written. A character none of them has is drawn as a placeholder naming its code
 * point, with the character kept in the text layer ({@link GlyphPlaceholders}).
 *
 * <p>Pages load nothing from outside: only {@code data:} URIs, so no network or file access during a render and
 * nothing a caller's user-supplied text could point at. Thread-safe; each render builds its own renderer.
 */
@Component
public class PdfRenderer {

    /** The font family pages can name in CSS. */
    public static final String FONT_FAMILY = "Noto Sans SC";

    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    static {
        // OpenHTMLtoPDF's default logger writes to stderr, past the portal's logging. A global setting: this is the
        // only class that uses it.
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    /** Read on first render, not at start-up: 58 MB of fonts. */
    private volatile Resources resources;

    /**
     * Renders on {@code Schedulers.boundedElastic()} because layout and font subsetting block (about 0.1–0.3 s). A
     * character no font has is drawn as a placeholder naming it; the result says which, and a warning is logged.
     */
    public Mono<RenderedPdf> render(PdfDocument document) {
        Objects.requireNonNull(document, "document");
        return Mono.fromCallable(() -> renderNow(document)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The characters of {@code texts} that no embedded font draws, labelled as a document would show them
     * ({@code U+31350}), in code-point order: what staff are warned of before a letter with them goes out. The fonts
     * are read on {@code Schedulers.boundedElastic()} the first time.
     */
    public Mono<List<String>> charactersWithoutGlyph(Collection<String> texts) {
        List<String> present = texts.stream().filter(Objects::nonNull).toList();
        if (present.stream().allMatch(text -> text.chars().allMatch(c -> c < 0x80))) {
            return Mono.just(List.of()); // ASCII: drawn or not seen, without reading the fonts
        }
        return Mono.fromCallable(this::resources)
                .subscribeOn(Schedulers.boundedElastic())
                .map(loaded -> present.stream()
                        .flatMapToInt(String::codePoints)
                        .filter(cp -> GlyphPlaceholders.needsPlaceholder(cp, loaded::drawable))
                        .boxed()
                        .collect(Collectors.toCollection(TreeSet::new))
                        .stream()
                        .map(GlyphPlaceholders::label)
                        .toList());
    }

    /** Blocks: call from a thread that may. */
    RenderedPdf renderNow(PdfDocument document) throws IOException {
        Resources resources = resources();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        SortedSet<Integer> placeholders = new TreeSet<>();
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
                .addDOMMutator(dom -> placeholders.addAll(GlyphPlaceholders.mark(dom, resources::drawable)))
                .toStream(pdf);
        try (PDDocument target = new PDDocument();
                PdfBoxRenderer renderer = builder.usePDDocument(target).buildPdfRenderer()) {
            // As fallback fonts they serve text in any family, and a page naming FONT_FAMILY gets them first; the
            // rare characters' fonts come after Noto Sans SC, so they draw only what it lacks.
            PdfBoxFontResolver fonts = renderer.getFontResolver();
            addFallback(fonts, new FontFile(target, resources.regular()), FONT_FAMILY, 400);
            addFallback(fonts, new FontFile(target, resources.bold()), FONT_FAMILY, 700);
            addFallback(fonts, new FontFile(target, resources.hanaMinB()), "HanaMinB", 400);
            addFallback(fonts, new FontFile(target, resources.babelStoneHan()), "BabelStone Han", 400);
            FontFile labels = new FontFile(target, resources.regular());
            fonts.addFont(labels, GlyphPlaceholders.FONT_FAMILY, 400, IdentValue.NORMAL, true, FontGroup.MAIN);
            renderer.createPDFWithoutClosing();
            GlyphPlaceholders.addActualText(target, labels.supplied(), resources.labelGlyphs());
            target.save(pdf);
        }
        RenderedPdf rendered = new RenderedPdf(pdf.toByteArray(), placeholders);
        if (!rendered.complete()) {
            log.warn(
                    "PDF \"{}\": no embedded font has {}, drawn as placeholders; check the document before it is sent",
                    document.title(),
                    String.join(" ", rendered.placeholderLabels()));
        }
        return rendered;
    }

    private static void addFallback(PdfBoxFontResolver fonts, FontFile font, String family, int weight) {
        fonts.addFont(font, family, weight, IdentValue.NORMAL, true, FontGroup.PRE_BUILT_IN_FALLBACK);
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

        /** The fonts this file became in the document, as their dictionaries: one, once its text needed it. */
        private final Set<COSDictionary> supplied = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public PDFont supply() {
            try {
                PDType0Font font =
                        PDType0Font.load(document, new TTFParser().parse(new RandomAccessReadBuffer(file)), true);
                supplied.add(font.getCOSObject());
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Set<COSDictionary> supplied() {
            return supplied;
        }
    }

    /**
     * The fonts, what they draw, and the sRGB profile of the PDF/A output intent (色彩配置), shared by all renders.
     *
     * @param drawable the code points some embedded font has a glyph for
     * @param labelGlyphs the glyph ids of the placeholder labels' characters in the regular font
     */
    private record Resources(
            byte[] regular,
            byte[] bold,
            byte[] hanaMinB,
            byte[] babelStoneHan,
            byte[] srgb,
            BitSet drawableCodePoints,
            Map<Integer, Character> labelGlyphs) {

        static Resources load() {
            byte[] regular = read("fonts/NotoSansSC-Regular.ttf");
            byte[] bold = read("fonts/NotoSansSC-Bold.ttf");
            byte[] hanaMinB = read("fonts/HanaMinB.ttf");
            byte[] babelStoneHan = read("fonts/BabelStoneHan-Supplement.ttf");
            BitSet drawable = new BitSet();
            for (byte[] font : List.of(regular, bold, hanaMinB, babelStoneHan)) {
                drawable.or(codePoints(font));
            }
            return new Resources(
                    regular,
                    bold,
                    hanaMinB,
                    babelStoneHan,
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData(),
                    drawable,
                    labelGlyphs(regular));
        }

        boolean drawable(int codePoint) {
            return drawableCodePoints.get(codePoint);
        }

        private static BitSet codePoints(byte[] file) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet codePoints = new BitSet();
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> mapped = cmap.getCharCodes(glyph);
                    if (mapped != null) {
                        mapped.forEach(codePoints::set);
                    }
                }
                return codePoints;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Map<Integer, Character> labelGlyphs(byte[] file) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Map<Integer, Character> glyphs = new HashMap<>();
                for (char c : GlyphPlaceholders.LABEL_ALPHABET.toCharArray()) {
                    glyphs.put(cmap.getGlyphId(c), c);
                }
                return Map.copyOf(glyphs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: the Maven build makes it "
                            + "(generate-resources, src/build/PdfFonts.java)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
