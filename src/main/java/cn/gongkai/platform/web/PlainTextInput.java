package cn.gongkai.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text sent to the portal is text: a control character other than tab, line feed and carriage return in any JSON
 * string is refused where it is read, with the field's name, before it can reach a database (PostgreSQL refuses
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

    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
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
