import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step: makes the fonts the PDF renderer embeds (cn.gongkai.platform.pdf). The Maven build runs this file as a
 * single-file program: {@code java PdfFonts.java <noto package dir> <HanaMinB.ttf> <BabelStoneHan.ttf> <output dir>}.
 *
 * <ul>
 *   <li>Noto Sans SC, regular and bold, from the TrueType fonts of the npm package
 *       {@code @expo-google-fonts/noto-sans-sc} (SIL OFL 1.1), which the build downloads: everything but the rare
 *       characters.
 *   <li>花园明朝 B (HanaMinB, GlyphWiki; SIL OFL 1.1 or the Hanazono Font License) from Debian's
 *       {@code fonts-hanazono}: all of CJK Extensions B to F (U+20000–U+2EBEF but 7 characters of Extension B).
 *   <li>BabelStone Han (Arphic Public License) from Debian's {@code fonts-babelstone-han}, cut down to the
 *       supplementary-plane ideographs HanaMinB lacks: most of Extension G and part of Extension H; it is the only
 *       free TrueType font with them in the registries the build can reach.
 * </ul>
 *
 * <p>Why the fonts are rewritten: a font may map several code points to one glyph (人 U+4EBA and the Kangxi radical ⼈
 * U+2F08, 〈 U+3008 and U+2329, 胶 U+80F6 and 㬵 U+3B35, ...). PDFBox writes one code point per glyph into a PDF's
 * ToUnicode map, the lowest, so text copied from or searched in a rendered PDF reads ⼈ for 人: 159 of GB 2312's 3755
 * level-one characters, among them 一, 人, 大, 日 and 民, and 〈 ／ ～ too.
 * This step gives every such code point but the preferred one its own copy of the glyph, so each glyph is reached
 * from exactly one code point: documents look the same, extract as written, and a radical typed on purpose (or pasted
 * from another PDF) still renders. The preferred code point keeps the original glyph and with it the font's layout
 * features (vertical forms, kerning). The two fallback fonts keep only the code points they are embedded for, and
 * only the outlines those reach, so the jar carries what is used.
 *
 * <p>Only the tables that depend on the glyph count change (glyf, loca, hmtx, hhea, vmtx, vhea, maxp, cmap, head);
 * the cmap is rewritten with formats 4 and 12 only (PDFBox ignores format 14, variation sequences, and logs a warning
 * for it on every load). The output is checked before it is written.
 */
public final class PdfFonts {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final Charset GB2312 = Charset.forName("GB2312");

    /** The supplementary ideographic planes: CJK Extensions B to I and the compatibility supplement. */
    private static final int SIP_START = 0x20000;

    private static final int TIP_END = 0x3FFFF;

    private PdfFonts() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: java PdfFonts.java <noto package dir> <HanaMinB.ttf> <BabelStoneHan.ttf> <output dir>");
        }
        Path noto = Path.of(args[0]);
        Path hanaMin = required(Path.of(args[1]), "fonts-hanazono");
        Path babelStone = required(Path.of(args[2]), "fonts-babelstone-han");
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        convert(
                Font.read(Files.readAllBytes(noto.resolve("400Regular/NotoSansSC_400Regular.ttf"))),
                out.resolve("NotoSansSC-Regular.ttf"));
        convert(
                Font.read(Files.readAllBytes(noto.resolve("700Bold/NotoSansSC_700Bold.ttf"))),
                out.resolve("NotoSansSC-Bold.ttf"));

        Font hanaMinB = Font.read(Files.readAllBytes(hanaMin));
        TreeMap<Integer, Integer> rare = new TreeMap<>(hanaMinB.cmap().subMap(SIP_START, true, TIP_END, true));
        convert(
                hanaMinB.keeping(rare)
                        .withDescription(CHANGE_NOTICE + " Kept: the ideographs of CJK Extensions B to F and"
                                + " of the Supplementary Ideographic Plane it has. Licence: HanaMinB-LICENSE.txt."),
                out.resolve("HanaMinB.ttf"));
        Font babelStoneHan = Font.read(Files.readAllBytes(babelStone));
        TreeMap<Integer, Integer> rest = new TreeMap<>(babelStoneHan.cmap().subMap(SIP_START, true, TIP_END, true));
        rest.keySet().removeAll(rare.keySet());
        // The Arphic Public License (2a) asks a modified font to say, inside the file, how and when it was changed.
        convert(
                babelStoneHan
                        .keeping(rest)
                        .withDescription(CHANGE_NOTICE + " Kept: the ideographs of CJK Extensions B to H that HanaMinB"
                                + " lacks; everything else removed. Licence: Arphic Public License,"
                                + " BabelStoneHan-LICENSE.txt."),
                out.resolve("BabelStoneHan-Supplement.ttf"));

        // The licences travel with the fonts; Debian's copyright files name the fonts' licences and carry their text.
        licence(
                Path.of("/usr/share/doc/fonts-hanazono/copyright"),
                "HanaMinB (花园明朝 B), GlyphWiki Project: SIL Open Font License 1.1 or the Hanazono Font License.",
                out.resolve("HanaMinB-LICENSE.txt"));
        licence(
                Path.of("/usr/share/doc/fonts-babelstone-han/copyright"),
                "BabelStone Han (Andrew West, from Arphic Technology's fonts): Arphic Public License.",
                out.resolve("BabelStoneHan-LICENSE.txt"));
        // Last: the build takes this file's age for the age of all the fonts.
        copy(noto.resolve("LICENSE_FONT"), out.resolve("NotoSansSC-OFL.txt"));
    }

    /** What every font this step writes says of itself (name ID 10): how it was changed, and when. */
    private static final String CHANGE_NOTICE = "Modified on " + java.time.LocalDate.now()
            + " by Gongkai's build (src/build/PdfFonts.java) from the Debian package's font: glyphs cut down to the"
            + " ranges below, each glyph reached from one code point, outlines and metrics unchanged.";

    private static Path required(Path font, String debianPackage) {
        if (!Files.isRegularFile(font)) {
            throw new IllegalStateException(font + " is missing: install Debian's " + debianPackage
                    + " (apt-get install " + debianPackage + "; ./gongkai does it), or point the build at the font"
                    + " with -Dpdf-fonts." + (debianPackage.contains("hanazono") ? "hana-min-b" : "babelstone-han")
                    + "=<file>");
        }
        return font;
    }

    /** Debian's copyright file, or where a system leaves out /usr/share/doc, the licence's name. */
    private static void licence(Path copyright, String name, Path to) throws IOException {
        if (Files.isRegularFile(copyright)) {
            copy(copyright, to);
        } else {
            Files.writeString(to, name + "\n");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from.normalize(), to, StandardCopyOption.REPLACE_EXISTING);
    }

    static void convert(Font font, Path target) throws IOException {
        byte[] file = splitSharedGlyphs(font).write();
        verify(font, Font.read(file));
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, file);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Orders the code points of one glyph, the one to keep it first: a unified ideograph before a radical or
     * compatibility form, then what GBK encodes, then what GB 2312 does, then the lowest (PDFBox's own choice).
     */
    static Comparator<Integer> preferred() {
        return Comparator.<Integer>comparingInt(cp -> isCompatibilityForm(cp) ? 1 : 0)
                .thenComparingInt(cp -> inGbk(cp) ? 0 : 1)
                .thenComparingInt(cp -> inGb2312(cp) ? 0 : 1)
                .thenComparingInt(cp -> cp);
    }

    /** Radicals and compatibility ideographs stand for a unified ideograph; text should carry the ideograph. */
    static boolean isCompatibilityForm(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2EFF) // CJK Radicals Supplement
                || (cp >= 0x2F00 && cp <= 0x2FDF) // Kangxi Radicals
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK Compatibility Ideographs
                || (cp >= 0x2F800 && cp <= 0x2FA1F); // CJK Compatibility Ideographs Supplement
    }

    /** In the one- and two-byte part of GB 18030 (the GBK repertoire): what Chinese text actually uses. */
    static boolean inGbk(int cp) {
        return Character.isBmpCodePoint(cp) && Character.toString(cp).getBytes(GB18030).length <= 2;
    }

    static boolean inGb2312(int cp) {
        return GB2312.newEncoder().canEncode(Character.toString(cp));
    }

    /** A copy of the font in which every code point that shared a glyph but is not preferred has a glyph copy. */
    static Font splitSharedGlyphs(Font font) {
        TreeMap<Integer, Integer> cmap = font.cmap();
        Map<Integer, List<Integer>> codePointsByGlyph = new TreeMap<>();
        cmap.forEach((cp, glyph) ->
                codePointsByGlyph.computeIfAbsent(glyph, g -> new ArrayList<>()).add(cp));
        Map<Integer, Integer> keeper = new TreeMap<>();
        codePointsByGlyph.forEach(
                (glyph, cps) -> keeper.put(glyph, cps.stream().min(preferred()).orElseThrow()));

        List<Integer> copiedFrom = new ArrayList<>();
        TreeMap<Integer, Integer> newCmap = new TreeMap<>();
        // In code point order, so the copies of a run (the Kangxi radicals) get consecutive glyph ids.
        for (Map.Entry<Integer, Integer> entry : cmap.entrySet()) {
            int cp = entry.getKey();
            int glyph = entry.getValue();
            if (keeper.get(glyph) == cp) {
                newCmap.put(cp, glyph);
            } else {
                newCmap.put(cp, font.glyphCount() + copiedFrom.size());
                copiedFrom.add(glyph);
            }
        }
        if (font.glyphCount() + copiedFrom.size() > 0xFFFF) {
            throw new IllegalStateException("too many glyphs: " + (font.glyphCount() + copiedFrom.size()));
        }
        return font.withCopies(copiedFrom, newCmap);
    }

    /** Checks the font as written: every code point draws the same outline as before, and no glyph is shared. */
    static void verify(Font original, Font reread) {
        TreeMap<Integer, Integer> before = original.cmap();
        TreeMap<Integer, Integer> after = reread.cmap();
        if (!before.keySet().equals(after.keySet())) {
            throw new IllegalStateException("the character map lost or gained code points");
        }
        if (after.values().stream().distinct().count() != after.size()) {
            throw new IllegalStateException("a glyph is still reached from more than one code point");
        }
        TreeMap<Integer, Integer> bmp = after.firstKey() < 0x10000 ? reread.cmapFormat4() : new TreeMap<>();
        if (!bmp.equals(new TreeMap<>(after.headMap(0x10000)))) {
            throw new IllegalStateException("the format 4 and format 12 character maps differ");
        }
        for (Map.Entry<Integer, Integer> entry : before.entrySet()) {
            int was = entry.getValue();
            int is = after.get(entry.getKey());
            if (!sameGlyph(original.glyph(was), reread.glyph(is))
                    || original.advanceWidth(was) != reread.advanceWidth(is)
                    || original.leftSideBearing(was) != reread.leftSideBearing(is)
                    || original.advanceHeight(was) != reread.advanceHeight(is)
                    || original.topSideBearing(was) != reread.topSideBearing(is)) {
                throw new IllegalStateException(String.format("U+%04X draws differently", entry.getKey()));
            }
        }
    }

    /** Equal but for the zero padding that aligns each glyph to four bytes. */
    private static boolean sameGlyph(byte[] a, byte[] b) {
        int end = Math.max(a.length, b.length);
        for (int i = 0; i < end; i++) {
            if ((i < a.length ? a[i] : 0) != (i < b.length ? b[i] : 0)) {
                return false;
            }
        }
        return Math.abs(a.length - b.length) < 4;
    }

    /** An sfnt (TrueType outlines) font as its tables, with readers for the few this step needs. */
    static final class Font {

        private final TreeMap<String, byte[]> tables;

        private Font(TreeMap<String, byte[]> tables) {
            this.tables = tables;
        }

        static Font read(byte[] file) {
            ByteBuffer data = ByteBuffer.wrap(file);
            if (data.getInt(0) != 0x00010000) {
                throw new IllegalArgumentException("not a TrueType-outline font");
            }
            TreeMap<String, byte[]> tables = new TreeMap<>();
            int count = data.getShort(4) & 0xFFFF;
            for (int i = 0; i < count; i++) {
                int record = 12 + 16 * i;
                String tag = new String(file, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
                int offset = data.getInt(record + 8);
                int length = data.getInt(record + 12);
                tables.put(tag, Arrays.copyOfRange(file, offset, offset + length));
            }
            for (String tag : List.of("CFF ", "CFF2", "hdmx", "LTSH", "EBLC", "CBLC", "sbix")) {
                if (tables.containsKey(tag)) {
                    throw new IllegalArgumentException("table " + tag + " is not supported");
                }
            }
            // A digital signature no longer holds once a table changes.
            tables.remove("DSIG");
            return new Font(tables);
        }

        private ByteBuffer table(String tag) {
            byte[] table = tables.get(tag);
            if (table == null) {
                throw new IllegalArgumentException("no " + tag + " table");
            }
            return ByteBuffer.wrap(table);
        }

        int glyphCount() {
            return table("maxp").getShort(4) & 0xFFFF;
        }

        private boolean longOffsets() {
            return table("head").getShort(50) != 0;
        }

        private int glyphOffset(int glyph) {
            ByteBuffer loca = table("loca");
            return longOffsets() ? loca.getInt(4 * glyph) : 2 * (loca.getShort(2 * glyph) & 0xFFFF);
        }

        byte[] glyph(int glyph) {
            return Arrays.copyOfRange(tables.get("glyf"), glyphOffset(glyph), glyphOffset(glyph + 1));
        }

        /** Reads the long-metric-then-bearings layout of hmtx and vmtx: advance, then side bearing. */
        private int metric(String table, String header, int glyph, boolean advance) {
            ByteBuffer metrics = table(table);
            int longMetrics = table(header).getShort(34) & 0xFFFF;
            if (glyph < longMetrics) {
                return advance ? metrics.getShort(4 * glyph) & 0xFFFF : metrics.getShort(4 * glyph + 2);
            }
            return advance
                    ? metrics.getShort(4 * (longMetrics - 1)) & 0xFFFF
                    : metrics.getShort(4 * longMetrics + 2 * (glyph - longMetrics));
        }

        int advanceWidth(int glyph) {
            return metric("hmtx", "hhea", glyph, true);
        }

        int leftSideBearing(int glyph) {
            return metric("hmtx", "hhea", glyph, false);
        }

        int advanceHeight(int glyph) {
            return tables.containsKey("vmtx") ? metric("vmtx", "vhea", glyph, true) : 0;
        }

        int topSideBearing(int glyph) {
            return tables.containsKey("vmtx") ? metric("vmtx", "vhea", glyph, false) : 0;
        }

        private int subtable(int platform, int encoding, int format) {
            ByteBuffer cmap = table("cmap");
            int count = cmap.getShort(2) & 0xFFFF;
            for (int i = 0; i < count; i++) {
                int offset = cmap.getInt(4 + 8 * i + 4);
                if (cmap.getShort(4 + 8 * i) == platform
                        && cmap.getShort(4 + 8 * i + 2) == encoding
                        && cmap.getShort(offset) == format) {
                    return offset;
                }
            }
            throw new IllegalArgumentException("no cmap subtable " + platform + "/" + encoding + " format " + format);
        }

        /** The full Unicode character map (Windows, format 12). */
        TreeMap<Integer, Integer> cmap() {
            ByteBuffer cmap = table("cmap");
            int offset = subtable(3, 10, 12);
            int groups = cmap.getInt(offset + 12);
            TreeMap<Integer, Integer> map = new TreeMap<>();
            for (int i = 0; i < groups; i++) {
                int group = offset + 16 + 12 * i;
                int start = cmap.getInt(group);
                int end = cmap.getInt(group + 4);
                int glyph = cmap.getInt(group + 8);
                for (int cp = start; cp <= end; cp++) {
                    if (glyph + cp - start != 0) {
                        map.put(cp, glyph + cp - start);
                    }
                }
            }
            return map;
        }

        /** The BMP character map (Windows, format 4), to check the one this step writes. */
        TreeMap<Integer, Integer> cmapFormat4() {
            ByteBuffer cmap = table("cmap");
            int offset = subtable(3, 1, 4);
            int segments = (cmap.getShort(offset + 6) & 0xFFFF) / 2;
            int ends = offset + 14;
            int starts = ends + 2 * segments + 2;
            int deltas = starts + 2 * segments;
            int rangeOffsets = deltas + 2 * segments;
            TreeMap<Integer, Integer> map = new TreeMap<>();
            for (int s = 0; s < segments; s++) {
                int end = cmap.getShort(ends + 2 * s) & 0xFFFF;
                int start = cmap.getShort(starts + 2 * s) & 0xFFFF;
                int delta = cmap.getShort(deltas + 2 * s);
                int rangeOffset = cmap.getShort(rangeOffsets + 2 * s) & 0xFFFF;
                for (int cp = start; cp <= end; cp++) {
                    int glyph;
                    if (rangeOffset == 0) {
                        glyph = (cp + delta) & 0xFFFF;
                    } else {
                        int raw = cmap.getShort(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start)) & 0xFFFF;
                        glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                    }
                    if (glyph != 0) {
                        map.put(cp, glyph);
                    }
                }
            }
            return map;
        }

        /**
         * This font reached only through {@code cmap} (a part of its own): the glyphs no code point of it draws, directly
         * or as a component of a composite glyph, are emptied, so their outlines take no room. Glyph ids stay as they
         * are, so the layout tables still hold.
         */
        Font keeping(TreeMap<Integer, Integer> cmap) {
            int count = glyphCount();
            boolean[] kept = new boolean[count];
            List<Integer> pending = new ArrayList<>(cmap.values());
            pending.add(0); // .notdef
            while (!pending.isEmpty()) {
                int glyph = pending.remove(pending.size() - 1);
                if (!kept[glyph]) {
                    kept[glyph] = true;
                    pending.addAll(components(glyph(glyph)));
                }
            }
            TreeMap<String, byte[]> result = new TreeMap<>(tables);
            ByteArrayOutputStream glyf = new ByteArrayOutputStream();
            ByteBuffer loca = ByteBuffer.allocate(4 * (count + 1));
            for (int g = 0; g < count; g++) {
                loca.putInt(glyf.size());
                if (kept[g]) {
                    glyf.writeBytes(glyph(g));
                    while (glyf.size() % 4 != 0) {
                        glyf.write(0);
                    }
                }
            }
            loca.putInt(glyf.size());
            result.put("glyf", glyf.toByteArray());
            result.put("loca", loca.array());
            result.put("head", patchShort(tables.get("head"), 50, 1));
            result.put("cmap", cmapTable(cmap));
            return new Font(result);
        }

        /** The glyphs a composite glyph is made of (none for a simple one). */
        private static List<Integer> components(byte[] glyph) {
            List<Integer> components = new ArrayList<>();
            if (glyph.length < 10 || ByteBuffer.wrap(glyph).getShort(0) >= 0) {
                return components;
            }
            ByteBuffer data = ByteBuffer.wrap(glyph);
            int at = 10;
            int flags;
            do {
                flags = data.getShort(at) & 0xFFFF;
                components.add(data.getShort(at + 2) & 0xFFFF);
                at += 4 + ((flags & 0x0001) != 0 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
                if ((flags & 0x0008) != 0) { // WE_HAVE_A_SCALE
                    at += 2;
                } else if ((flags & 0x0040) != 0) { // WE_HAVE_AN_X_AND_Y_SCALE
                    at += 4;
                } else if ((flags & 0x0080) != 0) { // WE_HAVE_A_TWO_BY_TWO
                    at += 8;
                }
            } while ((flags & 0x0020) != 0); // MORE_COMPONENTS
            return components;
        }

        /** This font with glyph {@code glyphCount() + i} a copy of {@code copiedFrom.get(i)}, and the given cmap. */
        Font withCopies(List<Integer> copiedFrom, TreeMap<Integer, Integer> cmap) {
            int oldCount = glyphCount();
            int newCount = oldCount + copiedFrom.size();
            int[] source = new int[newCount];
            for (int g = 0; g < newCount; g++) {
                source[g] = g < oldCount ? g : copiedFrom.get(g - oldCount);
            }
            TreeMap<String, byte[]> result = new TreeMap<>(tables);

            ByteArrayOutputStream glyf = new ByteArrayOutputStream();
            ByteBuffer loca = ByteBuffer.allocate(4 * (newCount + 1));
            for (int g = 0; g < newCount; g++) {
                loca.putInt(glyf.size());
                glyf.writeBytes(glyph(source[g]));
                while (glyf.size() % 4 != 0) {
                    glyf.write(0);
                }
            }
            loca.putInt(glyf.size());
            result.put("glyf", glyf.toByteArray());
            result.put("loca", loca.array());
            result.put("head", patchShort(tables.get("head"), 50, 1));
            result.put("maxp", patchShort(tables.get("maxp"), 4, newCount));

            ByteBuffer hmtx = ByteBuffer.allocate(4 * newCount);
            for (int g = 0; g < newCount; g++) {
                hmtx.putShort((short) advanceWidth(source[g])).putShort((short) leftSideBearing(source[g]));
            }
            result.put("hmtx", hmtx.array());
            result.put("hhea", patchShort(tables.get("hhea"), 34, newCount));
            if (tables.containsKey("vmtx")) {
                ByteBuffer vmtx = ByteBuffer.allocate(4 * newCount);
                for (int g = 0; g < newCount; g++) {
                    vmtx.putShort((short) advanceHeight(source[g])).putShort((short) topSideBearing(source[g]));
                }
                result.put("vmtx", vmtx.array());
                result.put("vhea", patchShort(tables.get("vhea"), 34, newCount));
            }
            ByteBuffer post = table("post");
            if (post.getInt(0) == 0x00020000) {
                // Glyph names (format 2) would need one per glyph; format 3 carries none, as the original does for CJK.
                result.put("post", patchInt(Arrays.copyOf(tables.get("post"), 32), 0, 0x00030000));
            }
            result.put("cmap", cmapTable(cmap));
            return new Font(result);
        }

        private static byte[] patchShort(byte[] table, int offset, int value) {
            byte[] copy = table.clone();
            ByteBuffer.wrap(copy).putShort(offset, (short) value);
            return copy;
        }

        private static byte[] patchInt(byte[] table, int offset, int value) {
            byte[] copy = table.clone();
            ByteBuffer.wrap(copy).putInt(offset, value);
            return copy;
        }

        /**
         * A cmap with format 4 (BMP) and format 12 (all) subtables, each under the Unicode and Windows platforms; only
         * format 12 for a font with nothing in the BMP (PDFBox warns of an empty format 4 on every load).
         */
        private static byte[] cmapTable(TreeMap<Integer, Integer> cmap) {
            TreeMap<Integer, Integer> bmp = new TreeMap<>(cmap.headMap(0xFFFF));
            byte[] format4 = bmp.isEmpty() ? new byte[0] : format4(bmp);
            byte[] format12 = format12(cmap);
            int subtables = bmp.isEmpty() ? 2 : 4;
            int header = 4 + 8 * subtables;
            ByteBuffer table = ByteBuffer.allocate(header + format4.length + format12.length);
            table.putShort((short) 0).putShort((short) subtables);
            int at4 = header;
            int at12 = header + format4.length;
            if (!bmp.isEmpty()) {
                table.putShort((short) 0).putShort((short) 3).putInt(at4);
            }
            table.putShort((short) 0).putShort((short) 4).putInt(at12);
            if (!bmp.isEmpty()) {
                table.putShort((short) 3).putShort((short) 1).putInt(at4);
            }
            table.putShort((short) 3).putShort((short) 10).putInt(at12);
            table.put(format4).put(format12);
            return table.array();
        }

        /** Runs of consecutive code points with consecutive glyphs, as {start, end, first glyph}. */
        private static List<int[]> runs(TreeMap<Integer, Integer> cmap) {
            List<int[]> runs = new ArrayList<>();
            int[] run = null;
            for (Map.Entry<Integer, Integer> entry : cmap.entrySet()) {
                int cp = entry.getKey();
                int glyph = entry.getValue();
                if (run != null && cp == run[1] + 1 && glyph == run[2] + cp - run[0]) {
                    run[1] = cp;
                } else {
                    run = new int[] {cp, cp, glyph};
                    runs.add(run);
                }
            }
            return runs;
        }

        private static byte[] format4(TreeMap<Integer, Integer> bmp) {
            List<int[]> runs = runs(bmp);
            runs.add(new int[] {0xFFFF, 0xFFFF, 0}); // the required last segment
            int segments = runs.size();
            int length = 16 + 8 * segments;
            if (length > 0xFFFF) {
                throw new IllegalStateException("format 4 cmap too long: " + length);
            }
            int entrySelector = 31 - Integer.numberOfLeadingZeros(segments);
            int searchRange = 2 << entrySelector;
            ByteBuffer table = ByteBuffer.allocate(length);
            table.putShort((short) 4).putShort((short) length).putShort((short) 0);
            table.putShort((short) (2 * segments))
                    .putShort((short) searchRange)
                    .putShort((short) entrySelector)
                    .putShort((short) (2 * segments - searchRange));
            runs.forEach(run -> table.putShort((short) run[1]));
            table.putShort((short) 0); // reservedPad
            runs.forEach(run -> table.putShort((short) run[0]));
            runs.forEach(run -> table.putShort((short) (run[0] == 0xFFFF ? 1 : run[2] - run[0])));
            runs.forEach(run -> table.putShort((short) 0));
            return table.array();
        }

        private static byte[] format12(TreeMap<Integer, Integer> cmap) {
            List<int[]> runs = runs(cmap);
            int length = 16 + 12 * runs.size();
            ByteBuffer table = ByteBuffer.allocate(length);
            table.putShort((short) 12)
                    .putShort((short) 0)
                    .putInt(length)
                    .putInt(0)
                    .putInt(runs.size());
            runs.forEach(run -> table.putInt(run[0]).putInt(run[1]).putInt(run[2]));
            return table.array();
        }

        /** A string of the name table (an OpenType naming record) with its bytes as stored. */
        private record NameRecord(int platform, int encoding, int language, int nameId, byte[] string) {}

        /** This font with its description (name ID 10; Windows, Unicode, English) set to {@code text}. */
        Font withDescription(String text) {
            ByteBuffer name = table("name");
            if (name.getShort(0) != 0) {
                throw new IllegalArgumentException("name table format " + name.getShort(0) + " is not supported");
            }
            int count = name.getShort(2) & 0xFFFF;
            int storage = name.getShort(4) & 0xFFFF;
            List<NameRecord> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int at = 6 + 12 * i;
                int start = storage + (name.getShort(at + 10) & 0xFFFF);
                records.add(new NameRecord(
                        name.getShort(at) & 0xFFFF,
                        name.getShort(at + 2) & 0xFFFF,
                        name.getShort(at + 4) & 0xFFFF,
                        name.getShort(at + 6) & 0xFFFF,
                        Arrays.copyOfRange(tables.get("name"), start, start + (name.getShort(at + 8) & 0xFFFF))));
            }
            records.removeIf(r -> r.platform() == 3 && r.encoding() == 1 && r.language() == 0x0409 && r.nameId() == 10);
            records.add(new NameRecord(3, 1, 0x0409, 10, text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE)));
            records.sort(Comparator.comparingInt(NameRecord::platform)
                    .thenComparingInt(NameRecord::encoding)
                    .thenComparingInt(NameRecord::language)
                    .thenComparingInt(NameRecord::nameId));
            ByteArrayOutputStream strings = new ByteArrayOutputStream();
            ByteBuffer table = ByteBuffer.allocate(6 + 12 * records.size());
            table.putShort((short) 0).putShort((short) records.size()).putShort((short) (6 + 12 * records.size()));
            for (NameRecord record : records) {
                table.putShort((short) record.platform())
                        .putShort((short) record.encoding())
                        .putShort((short) record.language())
                        .putShort((short) record.nameId())
                        .putShort((short) record.string().length)
                        .putShort((short) strings.size());
                strings.writeBytes(record.string());
            }
            TreeMap<String, byte[]> result = new TreeMap<>(tables);
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            whole.writeBytes(table.array());
            whole.writeBytes(strings.toByteArray());
            result.put("name", whole.toByteArray());
            return new Font(result);
        }

        /** The font file: table directory, then the tables in tag order, with checksums. */
        byte[] write() {
            int count = tables.size();
            int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
            int searchRange = 16 << entrySelector;
            int size = 12 + 16 * count;
            for (byte[] table : tables.values()) {
                size += (table.length + 3) & ~3;
            }
            ByteBuffer file = ByteBuffer.allocate(size);
            file.putInt(0x00010000)
                    .putShort((short) count)
                    .putShort((short) searchRange)
                    .putShort((short) entrySelector)
                    .putShort((short) (16 * count - searchRange));
            int offset = 12 + 16 * count;
            int headOffset = 0;
            for (Map.Entry<String, byte[]> entry : tables.entrySet()) {
                byte[] table = entry.getValue();
                if (entry.getKey().equals("head")) {
                    table = patchInt(table, 8, 0); // checkSumAdjustment is computed over the whole file below
                    headOffset = offset;
                }
                file.put(entry.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .putInt(checksum(table))
                        .putInt(offset)
                        .putInt(table.length);
                file.put(offset, table);
                offset += (table.length + 3) & ~3;
            }
            file.putInt(headOffset + 8, (int) (0xB1B0AFBAL - (checksum(file.array()) & 0xFFFFFFFFL)));
            return file.array();
        }

        private static int checksum(byte[] data) {
            int sum = 0;
            for (int i = 0; i < data.length; i += 4) {
                int word = 0;
                for (int j = 0; j < 4; j++) {
                    word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
                }
                sum += word;
            }
            return sum;
        }
    }
}
