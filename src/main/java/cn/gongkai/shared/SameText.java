package cn.gongkai.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two texts "the same" (相同内容) when a person pastes what they filed before: the letters and digits in
 * their order, with width (全角/半角), case, spaces, line breaks and punctuation set aside. Used to warn before a
 * second identical filing, never to refuse one.
 */
public final class SameText {

    private SameText() {}

    /** The text reduced to what counts; a text of punctuation alone stays as it was, stripped. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String kept = folded.replaceAll("[^\\p{L}\\p{N}]", "");
        return kept.isEmpty() ? folded.strip() : kept;
    }
}
