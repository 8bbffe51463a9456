package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server links phone numbers as the front end does: the front end's own cases, read from its sources. */
class PhoneLinksTests {

    private static final Pattern LINK = Pattern.compile("<a href=\"tel:([^\"]*)\" class=\"phone-link\">([^<]*)</a>");

    record Case(String text, List<String> linked) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Case> frontEndCases() throws IOException {
        JsonNode cases = JsonMapper.builder()
                .build()
                .readTree(Path.of("frontend/src/composables/phoneNumbers.cases.json")
                        .toFile());
        List<Case> all = new ArrayList<>();
        for (JsonNode node : cases) {
            List<String> linked = new ArrayList<>();
            node.get("linked").forEach(link -> linked.add(link.asString()));
            all.add(new Case(node.get("text").asString(), linked));
        }
        assertThat(all).hasSizeGreaterThan(5);
        return all.stream();
    }

    @ParameterizedTest(name = "«{0}»")
    @MethodSource("frontEndCases")
    void linksTheNumbersTheFrontEndLinks(Case example) {
        String markup = PhoneLinks.markup(example.text());
        List<String> linked = new ArrayList<>();
        Matcher link = LINK.matcher(markup);
        while (link.find()) {
            linked.add(link.group(2) + "→" + link.group(1));
        }
        assertThat(linked).isEqualTo(example.linked());
        assertThat(LINK.matcher(markup).replaceAll("$2")).isEqualTo(escaped(example.text()));
    }

    @Test
    void escapesTheTextAroundTheLinks() {
        assertThat(PhoneLinks.markup("<b>拨打 12345</b> & \"110\""))
                .isEqualTo("&lt;b&gt;拨打 <a href=\"tel:12345\" class=\"phone-link\">12345</a>&lt;/b&gt; &amp; "
                        + "&quot;<a href=\"tel:110\" class=\"phone-link\">110</a>&quot;");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
