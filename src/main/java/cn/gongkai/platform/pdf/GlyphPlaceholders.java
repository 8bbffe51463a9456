package cn.gongkai.platform.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Placeholders (缺字占位) for characters no embedded font draws: an unassigned code point, a private-use one (GB 18030
 * maps some characters there), an ideograph newer than every font. OpenHTMLtoPDF would print {@code #}, or drop a
 * private-use character without a trace; here each is drawn as a small shaded box, ruled above and below, naming its code point
 * ({@code U+E000}), and the text layer keeps the character itself, so copying or searching the PDF gives what was
 * written and nobody mistakes the box for a name.
 *
 * <p>How the text layer keeps it: the box's label is wrapped in a marked-content span whose {@code /ActualText} is the
 * character (ISO 32000-1 14.9.4), which text extraction (pdftotext, Acrobat) and screen readers use in place of the
 * label. OpenHTMLtoPDF has no way to write {@code /ActualText}, so it is added after layout, before the document is
 * saved: the labels are set in a font of their own ({@value #FONT_FAMILY}, the same Noto Sans SC) so that each label is
 * found by its font, and the character is read back from the label itself, so nothing has to be matched up by order.
 */
final class GlyphPlaceholders {

    /** The font family of the labels, registered for them alone. */
    static final String FONT_FAMILY = "Gongkai Placeholder";

    /** What a label may contain: its alphabet, read back from the glyphs of the label font. */
    static final String LABEL_ALPHABET = "U+0123456789ABCDEF";

    private static final Pattern LABEL = Pattern.compile("U\\+([0-9A-F]{4,6})");

    /**
     * Small, shaded, ruled above and below, unbreakable. No border, padding or margin: OpenHTMLtoPDF paints an inline box
     * that has them after the rest of its line, and text extraction, which reads in drawing order, then puts spaces
     * around the character; thin spaces inside the label stand in for padding.
     */
    private static final String STYLE = "font-family: '" + FONT_FAMILY + "'; font-size: 0.6em; font-weight: normal;"
            + " font-style: normal; line-height: 1; white-space: nowrap; letter-spacing: 0; color: #000000;"
            + " background-color: #e3e3e3; text-decoration: underline overline;";

    private static final String THIN_SPACE = "\u2009";

    private static final Set<String> NOT_TEXT = Set.of("head", "style", "script", "title", "bookmarks");

    private GlyphPlaceholders() {}

    /** {@code U+E000}, {@code U+31350}: a code point as Unicode names it, and as the placeholder shows it. */
    static String label(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * Whether a character needs a placeholder: it would be seen, but no font has it. Spaces, controls, format
     * characters and variation selectors are never seen; the renderer leaves them out of the drawing.
     */
    static boolean needsPlaceholder(int codePoint, IntPredicate drawable) {
        if (drawable.test(codePoint) || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        if ((codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)) {
            return false; // variation selectors choose a glyph; the character before them carries the text
        }
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE;
    }

    /**
     * Replaces, in the page's body, every character that needs a placeholder with one, and answers which characters
     * those were.
     */
    static SortedSet<Integer> mark(Document dom, IntPredicate drawable) {
        SortedSet<Integer> marked = new TreeSet<>();
        List<Text> texts = new ArrayList<>();
        collectTexts(dom.getDocumentElement(), texts);
        for (Text text : texts) {
            String value = text.getData();
            if (value.codePoints().noneMatch(cp -> needsPlaceholder(cp, drawable))) {
                continue;
            }
            Node parent = text.getParentNode();
            String namespace = dom.getDocumentElement().getNamespaceURI();
            StringBuilder run = new StringBuilder();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i <= value.length(); ) {
                int cp = i < value.length() ? value.codePointAt(i) : -1;
                i += cp < 0 ? 1 : Character.charCount(cp);
                if (cp >= 0 && needsPlaceholder(cp, drawable)) {
                    if (!run.isEmpty()) {
                        parent.insertBefore(dom.createTextNode(run.toString()), text);
                        run.setLength(0);
                    }
                    missing.add(cp);
                    continue;
                }
                if (!missing.isEmpty()) {
                    // One box for a run of them: between two boxes text extraction would see a space.
                    Element box = dom.createElementNS(namespace, "span");
                    box.setAttribute("style", STYLE);
                    box.setAttribute("class", "glyph-placeholder");
                    box.setTextContent(THIN_SPACE
                            + String.join(
                                    " ",
                                    missing.stream()
                                            .map(GlyphPlaceholders::label)
                                            .toList())
                            + THIN_SPACE);
                    parent.insertBefore(box, text);
                    marked.addAll(missing);
                    missing.clear();
                }
                if (cp >= 0) {
                    run.appendCodePoint(cp);
                }
            }
            if (!run.isEmpty()) {
                parent.insertBefore(dom.createTextNode(run.toString()), text);
            }
            parent.removeChild(text);
        }
        return marked;
    }

    private static void collectTexts(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
                texts.add(text);
            } else if (child instanceof Element element && !NOT_TEXT.contains(localName(element))) {
                collectTexts(element, texts);
            }
        }
    }

    private static String localName(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Wraps every label drawn in one of {@code labelFonts} in a span whose {@code /ActualText} is the character the
     * label names. {@code labelGlyphs} reads the label font's glyph ids (the codes of an Identity-H font as PDFBox
     * embeds TrueType) back as the characters of {@link #LABEL_ALPHABET}.
     */
    static void addActualText(PDDocument document, Set<COSDictionary> labelFonts, Map<Integer, Character> labelGlyphs)
            throws IOException {
        if (labelFonts.isEmpty()) {
            return;
        }
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            List<Object> tokens = new PDFStreamParser(page).parse();
            List<Object> rewritten = new ArrayList<>(tokens.size() + 16);
            int operandsStart = 0;
            boolean inLabelFont = false;
            ArrayDeque<Boolean> saved = new ArrayDeque<>(); // the font is graphics state: q and Q
            boolean changed = false;
            for (Object token : tokens) {
                if (!(token instanceof Operator operator)) {
                    rewritten.add(token);
                    continue;
                }
                String name = operator.getName();
                if (name.equals("q")) {
                    saved.push(inLabelFont);
                } else if (name.equals("Q") && !saved.isEmpty()) {
                    inLabelFont = saved.pop();
                } else if (name.equals("Tf") && rewritten.get(operandsStart) instanceof COSName fontName) {
                    // The dictionary, not a PDFont: the fonts are embedded on saving, and a PDFont read now would
                    // stand in a system font for each.
                    COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
                    COSBase font = fonts == null ? null : fonts.getDictionaryObject(fontName);
                    inLabelFont = font != null && labelFonts.contains(font);
                }
                String actual = inLabelFont && isTextShowing(name)
                        ? actualText(rewritten.subList(operandsStart, rewritten.size()), labelGlyphs)
                        : null;
                if (actual != null) {
                    COSDictionary properties = new COSDictionary();
                    properties.setItem(COSName.ACTUAL_TEXT, new COSString(actual));
                    rewritten.addAll(
                            operandsStart,
                            List.of(COSName.getPDFName("Span"), properties, Operator.getOperator("BDC")));
                    rewritten.add(operator);
                    rewritten.add(Operator.getOperator("EMC"));
                    changed = true;
                } else {
                    rewritten.add(operator);
                }
                operandsStart = rewritten.size();
            }
            if (changed) {
                PDStream contents = new PDStream(document);
                try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(rewritten);
                }
                page.setContents(contents);
            }
        }
    }

    private static boolean isTextShowing(String operator) {
        return operator.equals("Tj") || operator.equals("TJ") || operator.equals("'") || operator.equals("\"");
    }

    /** The characters the labels among these operands name, or null if they hold no label. */
    private static String actualText(List<Object> operands, Map<Integer, Character> labelGlyphs) {
        StringBuilder shown = new StringBuilder();
        for (Object operand : operands) {
            if (operand instanceof COSString string) {
                decode(string, labelGlyphs, shown);
            } else if (operand instanceof COSArray array) {
                for (COSBase item : array) {
                    if (item instanceof COSString string) {
                        decode(string, labelGlyphs, shown);
                    }
                }
            }
        }
        Matcher label = LABEL.matcher(shown);
        StringBuilder actual = new StringBuilder();
        while (label.find()) {
            actual.appendCodePoint(Integer.parseInt(label.group(1), 16));
        }
        return actual.isEmpty() ? null : actual.toString();
    }

    private static void decode(COSString string, Map<Integer, Character> labelGlyphs, StringBuilder shown) {
        byte[] codes = string.getBytes();
        for (int i = 0; i + 1 < codes.length; i += 2) {
            Character c = labelGlyphs.get(((codes[i] & 0xFF) << 8) | (codes[i + 1] & 0xFF));
            shown.append(c == null ? '?' : c);
        }
    }
}
