package cn.gongkai.platform.pdf;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A rendered PDF (生成的文档) and the characters in it that no embedded font draws: each is shown as a box naming its
 * code point, while the text layer keeps the character. Staff should check those before the document goes out.
 *
 * @param bytes the PDF file
 * @param placeholders the code points drawn as placeholders, in order, each once; empty when every character is drawn
 */
public record RenderedPdf(byte[] bytes, SortedSet<Integer> placeholders) {

    public RenderedPdf {
        Objects.requireNonNull(bytes, "bytes");
        placeholders = Collections.unmodifiableSortedSet(new TreeSet<>(placeholders));
    }

    /** Whether every character of the text has a glyph. */
    public boolean complete() {
        return placeholders.isEmpty();
    }

    /** The placeholders as they are labelled in the document: {@code U+E000}, {@code U+31350}. */
    public List<String> placeholderLabels() {
        return placeholders.stream().map(GlyphPlaceholders::label).toList();
    }
}
