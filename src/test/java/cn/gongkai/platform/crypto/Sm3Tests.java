package cn.gongkai.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Sm3Tests {

    /** The two examples of GB/T 32905-2016 Appendix A, and the empty message. */
    static Stream<Arguments> standardVectors() {
        return Stream.of(
                Arguments.of("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"),
                Arguments.of("abcd".repeat(16), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"),
                Arguments.of("", "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"));
    }

    @ParameterizedTest(name = "SM3(\"{0}\")")
    @MethodSource("standardVectors")
    void matchesStandardVectors(String message, String expectedHex) {
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);

        assertThat(Sm3.hex(bytes)).isEqualTo(expectedHex);
        assertThat(Sm3.digest(bytes)).isEqualTo(HexFormat.of().parseHex(expectedHex));
    }

    @Test
    void hashesPartsAsOneMessage() {
        assertThat(Sm3.hex(
                        "a".getBytes(StandardCharsets.US_ASCII), new byte[0], "bc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void hashesNoPartsAsEmptyMessage() {
        assertThat(Sm3.hex()).isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }
}
