package cn.gongkai.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a report's text may hold once its Markdown is HTML (正文允许的标记): one list, in
 * {@code report/html-policy.json}, which the editor's preview applies too.
 *
 * @param linkAddress the whole of an address a link may have, matched without regard to case
 * @param figureAddress the one address form a report's figure may have
 */
public record ReportHtmlPolicy(
        List<String> elements,
        Map<String, List<String>> attributes,
        String linkAddress,
        String figureAddress,
        List<String> alignments) {

    /** Read once, with the classes, before any request. */
    public static final ReportHtmlPolicy INSTANCE = read();

    private static ReportHtmlPolicy read() {
        try (InputStream json = ReportHtmlPolicy.class.getResourceAsStream("/report/html-policy.json")) {
            return JsonMapper.builder()
                    .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(json, ReportHtmlPolicy.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Pattern figurePattern() {
        return Pattern.compile(figureAddress);
    }

    /** The sanitiser: links and figures only to the addresses allowed, rel="nofollow" on every link. */
    PolicyFactory sanitiser() {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder().allowElements(elements.toArray(String[]::new));
        Pattern link = Pattern.compile(linkAddress, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        Pattern alignment = Pattern.compile(String.join("|", alignments));
        attributes.forEach((element, names) -> names.forEach(name -> {
            var attribute = builder.allowAttributes(name);
            switch (name) {
                case "href" -> attribute.matching(link).onElements(element);
                case "src" -> attribute.matching(figurePattern()).onElements(element);
                case "align" -> attribute.matching(alignment).onElements(element);
                default -> attribute.onElements(element);
            }
        }));
        // A figure whose address was refused is dropped whole, not left as an empty frame with its caption.
        builder.allowElements((name, kept) -> kept.contains("src") ? name : null, "img");
        return builder.allowUrlProtocols("https", "mailto")
                .requireRelNofollowOnLinks()
                .toFactory();
    }
}
