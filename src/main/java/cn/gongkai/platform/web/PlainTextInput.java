package cn.gongkai.platform.web;

import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text sent to the portal is text: a control character other than tab, line feed and carriage return, or a
 * bidirectional override, in any JSON string is refused where it is read, with the field's name, before it can reach a database (PostgreSQL refuses
 * NUL), a log line or a letter.
 */
@Configuration(proxyBeanMethods = false)
public class PlainTextInput {

    /** What {@code ProblemResponses} recognises to say "control character" rather than "wrong type". */
    public static final String MESSAGE = "text contains a control character";

    @Bean
    SimpleModule plainTextInputModule() {
        return new SimpleModule("plain-text-input").addDeserializer(String.class, new PlainStringDeserializer());
    }

    /**
     * Control characters (C0 but tab, line feed and carriage return; DEL; C1) and the bidirectional embeddings,
     * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a file name or a letter read other than it
     * is written (账单, U+202E, "fdp.exe" shows as 账单exe.pdf).
     */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    /** Whether {@code text} holds none of the characters {@link #NOT_TEXT} refuses. */
    public static boolean isPlain(String text) {
        return !NOT_TEXT.matcher(text).find();
    }

    /** {@code text} without those characters, line breaks and tabs included: for one-line names such as a file's. */
    public static String withoutControls(String text) {
        return NOT_TEXT.matcher(text.replaceAll("[\\t\\n\\r]", "")).replaceAll("");
    }

    private static final class PlainStringDeserializer extends StdScalarDeserializer<String> {

        PlainStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !isPlain(text)) {
                throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
