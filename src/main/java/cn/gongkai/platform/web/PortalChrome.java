package cn.gongkai.platform.web;

import cn.gongkai.platform.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The portal's skip link, header and footer for the pages the server renders (the reports): the front end's own
 * components, rendered ahead of time in each language and mode ({@code npm run chrome}, checked by {@code npm run
 * chrome:check}), with this portal's name and contact filled in. The front end's script takes them over on the page.
 */
@Component
public class PortalChrome {

    private static final String DIRECTORY = "chrome/";

    /** The sign-in link's way back as rendered (render.ts renders at /reports/), replaced by each page's own. */
    private static final String RENDERED_SIGN_IN_RETURN = "?return=%2Freports%2F";

    /** The way back of the language and 大字版 forms as rendered, replaced the same way. */
    private static final String RENDERED_PREFERENCES_RETURN = "name=\"return\" value=\"/reports/\"";

    private final Map<String, String> fragments = new HashMap<>();
    private final Map<String, String> sections = new ConcurrentHashMap<>();

    PortalChrome(SiteSettings site) {
        for (PortalPreferences preferences : PortalPreferences.ALL) {
            String header = "header." + preferences.variant() + ".html";
            fragments.put(header, filledIn(read(header), site));
            if (!fragments.get(header).contains(RENDERED_SIGN_IN_RETURN)
                    || !fragments.get(header).contains(RENDERED_PREFERENCES_RETURN)) {
                throw new IllegalStateException(
                        header + " signs in or chooses preferences other than render.ts does: run npm run chrome");
            }
            String footer = "footer." + preferences.languageTag() + ".html";
            fragments.putIfAbsent(footer, filledIn(read(footer), site));
        }
    }

    /**
     * The skip link (to {@code #main-content}) and the header, with the menu open until the script runs, marking
     * {@code section} (a menu link's address, such as "/" or "/reports") as the current one and signing in back to
     * {@code page} (a path of this portal, with its query), to which the language and 大字版 buttons come back too
     * (they work without script: {@code /preferences}).
     */
    public String header(PortalPreferences preferences, String section, String page) {
        String header = sections.computeIfAbsent(preferences.variant() + " " + section, key -> {
            Document document = Jsoup.parseBodyFragment(fragments.get("header." + preferences.variant() + ".html"));
            document.outputSettings().prettyPrint(false);
            document.select("nav a[aria-current]").removeAttr("aria-current");
            document.select("nav a[href=" + section + "]").attr("aria-current", "page");
            return document.body().html();
        });
        return header.replace(RENDERED_SIGN_IN_RETURN, "?return=" + UriUtils.encode(page, StandardCharsets.UTF_8))
                .replace(RENDERED_PREFERENCES_RETURN, "name=\"return\" value=\"" + escaped(page) + "\"");
    }

    public String footer(PortalPreferences preferences) {
        return fragments.get("footer." + preferences.languageTag() + ".html");
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource(DIRECTORY + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the portal chrome " + name + " is missing: run npm run chrome", e);
        }
    }

    private static String filledIn(String html, SiteSettings site) {
        // A contact the portal has none of is left out with its label, as the front end does.
        if (html.contains(Marker.PHONE) && isBlank(site.contactPhone())
                || html.contains(Marker.EMAIL) && isBlank(site.contactEmail())) {
            Document document = Jsoup.parseBodyFragment(html);
            document.outputSettings().prettyPrint(false);
            for (String marker : new String[] {Marker.PHONE, Marker.EMAIL}) {
                String value = Marker.PHONE.equals(marker) ? site.contactPhone() : site.contactEmail();
                if (isBlank(value)) {
                    document.select("dl > div:contains(" + marker + ")").forEach(Element::remove);
                }
            }
            html = document.body().html();
        }
        return html.replace(Marker.NAME, escaped(site.name()))
                .replace(Marker.CODE, escaped(site.siteCode()))
                .replace(Marker.PHONE, escaped(site.contactPhone()))
                .replace(Marker.EMAIL, escaped(site.contactEmail()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String escaped(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }

    /** The stand-ins of frontend/src/chrome/render.ts. */
    private static final class Marker {
        static final String NAME = "__GONGKAI_SITE_NAME__";
        static final String CODE = "__GONGKAI_SITE_CODE__";
        static final String PHONE = "__GONGKAI_CONTACT_PHONE__";
        static final String EMAIL = "__GONGKAI_CONTACT_EMAIL__";
    }
}
