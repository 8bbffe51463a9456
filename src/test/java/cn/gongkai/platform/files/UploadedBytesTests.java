package cn.gongkai.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadedBytesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "none",
            value = {
                "a PDF, 255044462d312e370a, application/pdf",
                "a JPEG, ffd8ffe000104a464946, image/jpeg",
                "a PNG, 89504e470d0a1a0a0000000d, image/png",
                "nothing at all, '', none",
                "a PDF cut short, 25504446, none",
                "a PNG cut short, 89504e470d0a1a, none",
                "a GIF, 474946383961, none",
                "a Word document, 504b030414000600, none",
                "text beginning with PDF, 504446, none",
                "a PDF signature not at the start, 20255044462d, none",
            })
    void theTypeIsReadFromTheContent(String what, String hex, String type) {
        assertThat(UploadedBytes.contentType(HexFormat.of().parseHex(hex))).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({
        "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    })
    void sha256IsLowerCaseHex(String text, String digest) {
        assertThat(UploadedBytes.sha256(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(digest);
    }
}
