package cn.gongkai.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Phone numbers in a text as {@code tel:} links, for the pages the server renders: the rule of the front end's
 * phoneNumbers.ts (the short service numbers, a fixed line with its area code and extension, a mobile; none read out
 * of a longer run of digits), held to the same cases (frontend/src/composables/phoneNumbers.cases.json).
 */
public final class PhoneLinks {

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d\\w-])(12345|110|119|120|122|0\\d{2,3}-\\d{7,8}(?:-\\d{1,6})?|1[3-9]\\d{9})(?![\\d\\w-])");

    private static final Pattern EXTENSION = Pattern.compile("^(0\\d{2,3}-\\d{7,8})-(\\d{1,6})$");

    private PhoneLinks() {}

    /** The text as markup: escaped, each phone number a link that dials it. */
    public static String markup(String text) {
        StringBuilder html = new StringBuilder();
        Matcher phone = PHONE.matcher(text);
        int at = 0;
        while (phone.find()) {
            html.append(escape(text.substring(at, phone.start())))
                    .append("<a href=\"tel:")
                    .append(dialled(phone.group()))
                    .append("\" class=\"phone-link\">")
                    .append(escape(phone.group()))
                    .append("</a>");
            at = phone.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    /** What a tel: link dials: the digits, and an extension after a comma (a pause). */
    static String dialled(String number) {
        Matcher extension = EXTENSION.matcher(number.strip());
        if (extension.matches()) {
            return extension.group(1).replaceAll("[^\\d+]", "") + "," + extension.group(2);
        }
        return number.strip().replaceAll("[^\\d+]", "");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
