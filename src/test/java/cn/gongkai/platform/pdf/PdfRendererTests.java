package cn.gongkai.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import reactor.test.StepVerifier;

/** Renders with the real fonts and checks the files with the tools readers use: pdftotext, PDFBox, veraPDF. */
class PdfRendererTests {

    private static final PdfRenderer renderer = new PdfRenderer();

    private static final Letters letters = new Letters(templates(), renderer);

    /** A reply letter (答复告知书) of two pages: heading, paragraphs, a bordered table, page footer, bookmarks. */
    private static byte[] letter;

    @TempDir
    static Path files;

    @BeforeAll
    static void renderLetter() {
        letter = render(new PdfDocument(letterXhtml(), "政府信息公开申请答复告知书", "示范市人民政府办公室", "对 2026 年第 0001 号政府信息公开申请的答复"));
    }

    @Test
    void extractsEveryLevelOneCharacterOfGb2312AsWritten() throws Exception {
        String text = gb2312LevelOne() + asciiGraphics() + "（）、，。：；“”《》〔〕—0123456789";

        byte[] pdf = render(new PdfDocument(page("", paragraphs(text, 94)), "GB2312 一级汉字", null, null));

        assertSameText(pdftotext(pdf, 0), text);
    }

    @Test
    void keepsRadicalsAndCompatibilityFormsApartFromTheIdeographsTheyLookLike() throws Exception {
        // Each pair shares one glyph in the npm font; the second of each would extract as the first, or vice versa.
        String text = "人⼈民⺠见⻅胶㬵〈〈〉〉／∕";

        byte[] pdf = render(new PdfDocument(page("", "<p>" + text + "</p>"), "部首与兼容字", null, null));

        assertSameText(pdftotext(pdf, 0), text);
    }

    @Test
    void setsTextInAnyFamilyInTheEmbeddedFont() throws Exception {
        String xhtml = """
                <html lang="zh-CN"><head><style>body { font-family: serif; }</style></head>
                <body><p>默认字体</p><p style="font-family: monospace; font-weight: bold">等宽粗体 Bold</p></body></html>
                """;

        byte[] pdf = render(new PdfDocument(xhtml, "任意字体", null, null));

        assertSameText(pdftotext(pdf, 0), "默认字体等宽粗体Bold");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(fonts).containsExactlyInAnyOrder("NotoSansSC-Regular", "NotoSansSC-Bold");
        }
    }

    @Test
    void embedsFontsWhoseGlyphsEachHaveOneCodePoint() throws IOException {
        for (String font : List.of("fonts/NotoSansSC-Regular.ttf", "fonts/NotoSansSC-Bold.ttf")) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(font);
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                List<String> shared = new ArrayList<>();
                for (int glyph = 1; glyph < ttf.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codePoints = cmap.getCharCodes(glyph);
                    if (codePoints != null && codePoints.size() > 1) {
                        shared.add(glyph + " " + codePoints);
                    }
                }

                assertThat(shared).as(font).isEmpty();
                assertThat(cmap.getGlyphId('人')).isNotZero().isNotEqualTo(cmap.getGlyphId('⼈'));
            }
        }
    }

    /** A name with a character of each extension of CJK Unified Ideographs beyond the Basic Multilingual Plane. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Extension B U+20000, 李𠀀",
        "Extension C U+2A700, 王𪜀",
        "Extension D U+2B740, 陈𫝀",
        "Extension E U+2B820, 刘𫠠",
        "Extension F U+2CEB0, 杨𬺰",
        "Extension G U+30000, 赵𰀀",
        "Extension H U+31350, 黄𱍐",
        "Extensions B and C, 张𠀀𪚥𫓧𬺰",
    })
    void printsRareCharactersOfNamesAndExtractsThemAsWritten(String extension, String applicant) throws Exception {
        RenderedPdf receipt = receipt(applicant);

        assertThat(receipt.placeholders()).as("drawn as placeholders").isEmpty();
        String text = pdftotext(receipt.bytes(), 0);
        assertThat(text.lines().map(String::strip)).as(text).contains(applicant);
        assertThat(strip(text)).contains("申请人" + applicant + "所需政府信息").doesNotContain("#");
    }

    @Test
    void embedsOnlyTheGlyphsOfTheRareCharactersADocumentUses() throws Exception {
        RenderedPdf receipt = receipt("张𠀀𪚥𫓧𬺰𰀀");

        try (PDDocument document = Loader.loadPDF(receipt.bytes())) {
            Map<String, Integer> glyphs = new HashMap<>();
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDType0Font font = (PDType0Font) resources.getFont(name);
                PDCIDFontType2 cidFont = (PDCIDFontType2) font.getDescendantFont();
                glyphs.put(
                        font.getName().replaceFirst("^[A-Z]{6}\\+", ""),
                        cidFont.getTrueTypeFont().getNumberOfGlyphs());
            }
            // 𠀀𪚥𬺰 from HanaMinB, 𫓧 is in Noto Sans SC itself, 𰀀 from BabelStone Han; .notdef is always kept.
            assertThat(glyphs).containsEntry("HanaMinB", 4).containsEntry("BabelStoneHan", 2);
        }
        assertThat(receipt.bytes().length).as("PDF size").isLessThan(200_000);
    }

    /**
     * Private use (U+E000; U+E78D, where GB 18030-2000 put a character of its own), Extension G and H characters no
     * free font has yet, and Extension I: each drawn as a box naming it, and copied as the character itself.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"E000", "E78D", "30041", "31353", "2EBF0"})
    void drawsACharacterNoFontHasAsAPlaceholderAndKeepsItInTheText(String hex) throws Exception {
        int codePoint = Integer.parseInt(hex, 16);
        String applicant = "张" + Character.toString(codePoint) + "明";

        RenderedPdf receipt = receipt(applicant);

        assertThat(receipt.placeholders()).containsExactly(codePoint);
        assertThat(receipt.placeholderLabels()).containsExactly("U+" + hex);
        String text = pdftotext(receipt.bytes(), 0);
        assertThat(text.lines().map(String::strip)).as(text).contains(applicant);
        assertThat(strip(text)).contains("申请人" + applicant + "所需政府信息").doesNotContain("U+" + hex, "#");
        assertThat(drawnText(receipt.bytes()))
                .as("what is drawn")
                .contains("U+" + hex)
                .doesNotContain("#");
    }

    @Test
    void drawsARunOfMissingCharactersInOneBoxAndCopiesThemWithoutSpaces() throws Exception {
        String applicant = "张\uE000明\uE000\uE001\uD884\uDF53𫓧";

        RenderedPdf receipt = receipt(applicant);

        assertThat(receipt.placeholderLabels()).containsExactly("U+E000", "U+E001", "U+31353");
        String text = pdftotext(receipt.bytes(), 0);
        assertThat(text.lines().map(String::strip)).as(text).contains(applicant);
        assertThat(drawnText(receipt.bytes()))
                .contains("U+E000")
                .contains("U+E001")
                .contains("U+31353");
    }

    @Test
    void keepsSpacesControlsAndVariationSelectorsOutOfPlaceholders() {
        IntPredicate none = codePoint -> false;

        assertThat(GlyphPlaceholders.needsPlaceholder(' ', none)).isFalse();
        assertThat(GlyphPlaceholders.needsPlaceholder('\u3000', none)).isFalse();
        assertThat(GlyphPlaceholders.needsPlaceholder('\u200B', none)).isFalse();
        assertThat(GlyphPlaceholders.needsPlaceholder(0xFE0F, none)).isFalse();
        assertThat(GlyphPlaceholders.needsPlaceholder(0xE0100, none)).isFalse();
        assertThat(GlyphPlaceholders.needsPlaceholder(0xE000, none)).isTrue();
        assertThat(GlyphPlaceholders.needsPlaceholder(0x31353, none)).isTrue();
        assertThat(GlyphPlaceholders.needsPlaceholder(0x31353, codePoint -> true))
                .isFalse();
    }

    @Test
    void aReceiptWithRareCharactersAndAPlaceholderPassesPdfUa1AndPdfA3a() throws Exception {
        RenderedPdf receipt = receipt("张𠀀𪚥𫓧𬺰𰀀𱍐\uE000");

        assertThat(VeraPdf.failedRules(receipt.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(receipt.bytes(), PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void passesPdfUa1AndPdfA3a() throws Exception {
        assertThat(VeraPdf.failedRules(letter, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(letter, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void numbersPagesInTheFooterTheCallerStyled() throws Exception {
        assertThat(strip(pdftotext(letter, 1))).contains("第1页/共2页").doesNotContain("第2页");
        assertThat(strip(pdftotext(letter, 2))).contains("第2页/共2页");
    }

    @Test
    void turnsBookmarksIntoTheOutline() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle() + " → " + pdf.getPages().indexOf(item.findDestinationPage(pdf)));
            }

            assertThat(outline).containsExactly("一、申请内容 → 0", "二、答复意见 → 1");
        }
    }

    @Test
    void describesTheDocumentWithTheGivenMetadataNotThePagesOwn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            PDDocumentInformation info = pdf.getDocumentInformation();

            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
            assertThat(info.getTitle()).isEqualTo("政府信息公开申请答复告知书");
            assertThat(info.getAuthor()).isEqualTo("示范市人民政府办公室");
            assertThat(info.getSubject()).isEqualTo("对 2026 年第 0001 号政府信息公开申请的答复");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("政府信息公开申请答复告知书", "示范市人民政府办公室", "<pdfaid:part>3</pdfaid:part>");
        }
    }

    @Test
    void setsTheLanguageAndWithoutASubjectUsesTheTitle() throws IOException {
        byte[] pdf =
                render(new PdfDocument(page("", "<p>Reply to request 2026-0001</p>"), "Reply", null, null, Locale.UK));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Reply");
        }
    }

    @Test
    void loadsNothingFromOutsideThePage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String xhtml = page(
                    "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"/>",
                    "<p>回执<img src=\"" + base + "/seal.png\" alt=\"印章\"/>"
                            + "<img src=\"file:///etc/hostname\" alt=\"\"/></p>");

            byte[] pdf = render(new PdfDocument(xhtml, "回执", null, null));

            assertThat(pdf).isNotEmpty();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void rendersOnABoundedElasticThread() {
        StepVerifier.create(renderer.render(new PdfDocument(page("", "<p>线程</p>"), "线程", null, null))
                        .map(pdf -> Thread.currentThread().getName()))
                .assertNext(thread -> assertThat(thread).startsWith("boundedElastic"))
                .verifyComplete();
    }

    @Test
    void needsATitleAndDefaultsToSimplifiedChinese() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PdfDocument("<html/>", " ", null, null));
        assertThat(new PdfDocument("<html/>", "标题", null, null).language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    // ---------------------------------------------------------------- documents

    private static byte[] render(PdfDocument document) {
        return renderer.render(document).block(Duration.ofSeconds(30)).bytes();
    }

    /** The acknowledgement of receipt (登记回执) as the portal fills it, for an applicant of the given name. */
    static RenderedPdf receipt(String applicant) {
        Map<String, Object> model = new HashMap<>();
        model.put("agency", Map.of("name", "淮北市人民政府"));
        model.put("number", "2026-0001");
        model.put("applicant", applicant);
        model.put("information", "2025年部门预算");
        model.put("channel", "网上申请");
        model.put("receivedOn", "2026年3月2日");
        model.put("dueOn", "2026年3月30日");
        model.put("explanation", List.of("2026年3月2日收到申请，答复期限自次日起计算。"));
        model.put("issuedOn", "2026年3月2日");
        model.put("contact", List.of("联系电话：0561-3000000"));
        return letters.render("disclosure/receipt", model, "政府信息公开申请登记回执 2026-0001", "淮北市人民政府")
                .block(Duration.ofSeconds(30));
    }

    /** The portal's own templates, read as the application reads them. */
    private static ITemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String page(String head, String body) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head>
                <title>页面自己的标题</title>
                <meta name="title" content="页面自己的 meta 标题"/>
                <style>
                  body { font-family: 'Noto Sans SC'; font-size: 11pt; }
                </style>
                %s
                </head>
                <body>%s</body>
                </html>
                """.formatted(head, body);
    }

    private static String letterXhtml() {
        String paragraph = "<p>本机关于 2026 年 1 月 5 日收到您提交的政府信息公开申请，要求公开“示范市 2025 年度城市道路"
                + "养护资金使用情况”。经审查，根据《中华人民共和国政府信息公开条例》第二十条、第三十六条第（二）项的规定，"
                + "现将有关情况告知如下：</p>";
        return """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head>
                <title>页面自己的标题</title>
                <bookmarks>
                  <bookmark name="一、申请内容" href="#request"/>
                  <bookmark name="二、答复意见" href="#reply"/>
                </bookmarks>
                <style>
                  @page {
                    size: A4;
                    margin: 25mm 20mm;
                    @bottom-center {
                      content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";
                      font-family: 'Noto Sans SC';
                      font-size: 9pt;
                    }
                  }
                  body { font-family: 'Noto Sans SC'; font-size: 12pt; line-height: 1.6; }
                  h1 { font-size: 18pt; font-weight: 700; text-align: center; }
                  h2 { font-size: 14pt; font-weight: 700; }
                  p { text-indent: 2em; margin: 0 0 0.5em; }
                  table { width: 100%%; border-collapse: collapse; margin: 1em 0; }
                  th, td { border: 1px solid #333333; padding: 4pt 6pt; text-align: left; }
                  th { background: #eeeeee; font-weight: 700; }
                  .reply { page-break-before: always; }
                </style>
                </head>
                <body>
                <h1>政府信息公开申请答复告知书</h1>
                <h2 id="request">一、申请内容</h2>
                %s
                <table>
                  <thead><tr><th>项目</th><th>内容</th></tr></thead>
                  <tbody>
                    <tr><td>申请编号</td><td>2026-0001</td></tr>
                    <tr><td>申请人</td><td>张三</td></tr>
                    <tr><td>收到日期</td><td>2026 年 1 月 5 日</td></tr>
                    <tr><td>答复期限</td><td>20 个工作日（至 2026 年 2 月 2 日）</td></tr>
                  </tbody>
                </table>
                <h2 id="reply" class="reply">二、答复意见</h2>
                %s
                <p>如对本答复不服，可以在收到本告知书之日起 60 日内依法申请行政复议，或者在 6 个月内依法提起行政诉讼。</p>
                </body>
                </html>
                """.formatted(paragraph, paragraph);
    }

    /** The 3755 characters of GB 2312 rows 16–55 (一级汉字), decoded from their two-byte codes. */
    private static String gb2312LevelOne() {
        Charset gb2312 = Charset.forName("GB2312");
        StringBuilder text = new StringBuilder();
        for (int row = 16; row <= 55; row++) {
            for (int cell = 1; cell <= 94; cell++) {
                String c = new String(new byte[] {(byte) (0xA0 + row), (byte) (0xA0 + cell)}, gb2312);
                if (!c.equals("\uFFFD")) {
                    text.append(c);
                }
            }
        }
        assertThat(text.codePoints().count()).isEqualTo(3755);
        return text.toString();
    }

    /** Printable ASCII but the space. */
    private static String asciiGraphics() {
        StringBuilder text = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            text.append(c);
        }
        return text.toString();
    }

    private static String paragraphs(String text, int length) {
        StringBuilder body = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i += length) {
            String chunk = new String(codePoints, i, Math.min(length, codePoints.length - i));
            // Words of ten, so runs of ASCII can break between lines.
            String words = chunk.replaceAll("(.{10})", "$1 ");
            body.append("<p>").append(escape(words)).append("</p>\n");
        }
        return body.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- checks

    /** The text pdftotext (poppler-utils, as readers and search indexers use) finds on a page, or all with 0. */
    private static String pdftotext(byte[] pdf, int page) throws IOException, InterruptedException {
        Path file = Files.createTempFile(files, "render", ".pdf");
        Files.write(file, pdf);
        List<String> command = new ArrayList<>(List.of("pdftotext", "-q", "-enc", "UTF-8"));
        if (page > 0) {
            command.addAll(List.of("-f", Integer.toString(page), "-l", Integer.toString(page)));
        }
        command.addAll(List.of(file.toString(), "-"));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("pdftotext is needed: apt-get install poppler-utils", e);
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    /** The text as drawn, without the replacements marked content makes for extraction (/ActualText). */
    private static String drawnText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                tokens.replaceAll(token ->
                        token instanceof COSDictionary properties && properties.containsKey(COSName.ACTUAL_TEXT)
                                ? new COSDictionary()
                                : token);
                PDStream contents = new PDStream(document);
                try (OutputStream out = contents.createOutputStream()) {
                    new ContentStreamWriter(out).writeTokens(tokens);
                }
                page.setContents(contents);
            }
            return strip(new PDFTextStripper().getText(document));
        }
    }

    private static String strip(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Equal but for whitespace; a failure names the characters that came out as others (expected→extracted). */
    private static void assertSameText(String extracted, String expected) {
        int[] actual = strip(extracted).codePoints().toArray();
        int[] wanted = strip(expected).codePoints().toArray();
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(actual.length, wanted.length); i++) {
            if (actual[i] != wanted[i]) {
                changed.add(Character.toString(wanted[i]) + "→" + Character.toString(actual[i]));
            }
        }
        assertThat(changed).as("characters extracted as others").isEmpty();
        assertThat(actual.length).as("characters extracted").isEqualTo(wanted.length);
    }
}
