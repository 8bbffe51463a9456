package cn.gongkai.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import reactor.test.StepVerifier;

/** Renders with the real fonts and checks the files with the tools readers use: pdftotext, PDFBox, veraPDF. */
class PdfRendererTests {

    private static final PdfRenderer renderer = new PdfRenderer();

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
        return renderer.render(document).block(Duration.ofSeconds(30));
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
