package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as text: no control characters but tab and line breaks, no bidirectional overrides. */
class PlainTextInputTests {

    @ParameterizedTest(name = "U+{0}: plain {1}")
    @CsvSource({
        "0041, true", // A
        "4E2D, true", // 中
        "0009, true", // tab
        "000A, true", // line feed
        "000D, true", // carriage return
        "00A0, true", // no-break space
        "200D, true", // zero-width joiner (emoji sequences)
        "0000, false", // NUL
        "001B, false", // escape
        "007F, false", // DEL
        "0080, false", // C1: padding character
        "0085, false", // C1: next line
        "009F, false", // C1: application program command
        "202A, false", // left-to-right embedding
        "202B, false", // right-to-left embedding
        "202C, false", // pop directional formatting
        "202D, false", // left-to-right override
        "202E, false", // right-to-left override
        "2066, false", // left-to-right isolate
        "2067, false", // right-to-left isolate
        "2068, false", // first strong isolate
        "2069, false", // pop directional isolate
    })
    void refusesControlCharactersAndBidirectionalOverrides(String hex, boolean plain) {
        String text = "账单" + Character.toString(Integer.parseInt(hex, 16)) + "fdp.exe";

        assertThat(PlainTextInput.isPlain(text)).isEqualTo(plain);
        assertThat(PlainTextInput.isPlain(PlainTextInput.withoutControls(text))).isTrue();
    }

    /** {@code <XXXX>} in a name stands for the character U+XXXX, so that this file holds none of them. */
    @ParameterizedTest
    @CsvSource({"账单<202E>fdp.exe, 账单fdp.exe", "a<0085>b<0009>c, abc", "2025年<000A>预算.pdf, 2025年预算.pdf"})
    void aNameKeepsItsVisibleCharactersOnly(String name, String cleaned) {
        String withCharacters = Pattern.compile("<([0-9A-F]{4})>")
                .matcher(name)
                .replaceAll(found -> Character.toString(Integer.parseInt(found.group(1), 16)));

        assertThat(PlainTextInput.withoutControls(withCharacters)).isEqualTo(cleaned);
    }
}
