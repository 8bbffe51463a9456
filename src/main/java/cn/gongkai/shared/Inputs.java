package cn.gongkai.shared;

import java.text.Normalizer;

/** Clean-up shared by the identifier parsers. */
final class Inputs {

    private Inputs() {}

    /**
     * Folds full-width characters to ASCII (Chinese input methods often type {@code １３８} or
     * {@code －}) and strips surrounding whitespace, including the ideographic space U+3000.
     */
    static String normalize(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
