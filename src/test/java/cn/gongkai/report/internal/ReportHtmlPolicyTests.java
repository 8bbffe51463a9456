package cn.gongkai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The server's sanitiser on the cases the editor's preview is tested on too: one allow-list, the same answers. */
class ReportHtmlPolicyTests {

    record Case(String name, String html, String clean) {}

    record Cases(List<Case> cases) {}

    static Stream<Arguments> cases() throws IOException {
        Cases cases = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(Files.readString(Path.of("src/test/resources/report/html-policy-cases.json")), Cases.class);
        return cases.cases().stream().map(c -> Arguments.of(c.name(), c.html(), c.clean()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theServerKeepsWhatThePreviewKeeps(String name, String html, String clean) {
        // The same HTML in the server's spelling: rel="nofollow" on links, <img … />, @ as &#64;.
        String sanitised = ReportRendering.sanitised(html)
                .replace(" rel=\"nofollow\"", "")
                .replace(" />", ">")
                .replace("&#64;", "@");
        assertThat(sanitised).isEqualTo(clean);
    }
}
