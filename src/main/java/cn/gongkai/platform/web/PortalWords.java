package cn.gongkai.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front end's own words (frontend/src/locales, on the class path as {@code words/}) for the pages the server
 * renders for readers without script, so that both say the same thing in the same words. Placeholders are
 * vue-i18n's named ones ({@code {name}}).
 */
@Component
public class PortalWords {

    private final Map<String, String> chinese;
    private final Map<String, String> english;

    PortalWords(JsonMapper json) {
        this.chinese = read(json, "zh-CN");
        this.english = read(json, "en");
    }

    /** The words in the reader's language; a key missing there falls back to Chinese, as in the front end. */
    public Words in(PortalPreferences preferences) {
        return new Words(preferences.english() ? english : chinese, chinese, preferences.english());
    }

    public Words in(Locale locale) {
        return in(new PortalPreferences(locale, false));
    }

    /** The words of one language, as templates use them: {@code ${words.get('home.lead')}}. */
    public static final class Words {
        private final Map<String, String> messages;
        private final Map<String, String> fallback;
        private final boolean english;

        private Words(Map<String, String> messages, Map<String, String> fallback, boolean english) {
            this.messages = messages;
            this.fallback = fallback;
            this.english = english;
        }

        public String get(String key) {
            String message = messages.getOrDefault(key, fallback.get(key));
            if (message == null) {
                throw new IllegalArgumentException("no words for " + key);
            }
            return message;
        }

        public String get(String key, String name, Object value) {
            return get(key).replace("{" + name + "}", String.valueOf(value));
        }

        /**
         * An agency's name as markup, the one rule of the front end's AgencyName: in English the English name first
         * with the Chinese one beside it, each marked with its language; otherwise the Chinese name alone.
         */
        public String agencyName(String name, String nameEn) {
            String chinese = "<span lang=\"zh-CN\">" + HtmlUtils.htmlEscape(name, "UTF-8") + "</span>";
            if (nameEn == null || !english) {
                return chinese;
            }
            return HtmlUtils.htmlEscape(get("agencies.nameWithChinese"), "UTF-8")
                    .replace("{english}", "<span lang=\"en\">" + HtmlUtils.htmlEscape(nameEn, "UTF-8") + "</span>")
                    .replace("{chinese}", chinese);
        }

        /** A text as markup with its phone numbers as tel: links ({@link PhoneLinks}). */
        public String withPhoneLinks(String text) {
            return PhoneLinks.markup(text);
        }

        public String get(String key, String name, Object value, String otherName, Object otherValue) {
            return get(key, name, value).replace("{" + otherName + "}", String.valueOf(otherValue));
        }
    }

    private static Map<String, String> read(JsonMapper json, String language) {
        try (InputStream in = new ClassPathResource("words/" + language + ".json").getInputStream()) {
            Map<String, String> flat = new HashMap<>();
            flatten("", json.readTree(in), flat);
            return Map.copyOf(flat);
        } catch (IOException e) {
            throw new UncheckedIOException("the front end's words for " + language + " are missing", e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isString()) {
            into.put(prefix, node.asString());
        }
    }
}
