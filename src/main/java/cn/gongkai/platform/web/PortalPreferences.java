package cn.gongkai.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * A reader's language and 大字版 (large text, high contrast), as the front end keeps them in cookies, for the pages the
 * server renders itself. Anything but the values the front end writes reads as the default: Chinese, normal size.
 */
public record PortalPreferences(Locale locale, boolean largeText) {

    /** Cookie names and values written by the front end's preferences store (frontend/src/stores/preferences.ts). */
    public static final String LOCALE_COOKIE = "gongkai_locale";

    public static final String LARGE_TEXT_COOKIE = "gongkai_large_text";

    public static final PortalPreferences DEFAULT = new PortalPreferences(Locale.SIMPLIFIED_CHINESE, false);

    /** Every combination, for whoever must forget all renditions of a page. */
    public static final List<PortalPreferences> ALL = List.of(
            DEFAULT,
            new PortalPreferences(Locale.SIMPLIFIED_CHINESE, true),
            new PortalPreferences(Locale.ENGLISH, false),
            new PortalPreferences(Locale.ENGLISH, true));

    public static PortalPreferences of(ServerHttpRequest request) {
        HttpCookie locale = request.getCookies().getFirst(LOCALE_COOKIE);
        HttpCookie largeText = request.getCookies().getFirst(LARGE_TEXT_COOKIE);
        return new PortalPreferences(
                locale != null && "en".equals(locale.getValue()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                largeText != null && "1".equals(largeText.getValue()));
    }

    public boolean english() {
        return Locale.ENGLISH.equals(locale);
    }

    /** The language tag of the page, as the front end names it: zh-CN or en. */
    public String languageTag() {
        return english() ? "en" : "zh-CN";
    }

    /** Distinguishes the renditions of one page in a cache: zh-CN, zh-CN.large, en, en.large. */
    public String variant() {
        return languageTag() + (largeText ? ".large" : "");
    }
}
