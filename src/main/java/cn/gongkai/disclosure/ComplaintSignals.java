package cn.gongkai.disclosure;

import java.util.List;
import java.util.Locale;

/**
 * Words that mark an application as a complaint, report or petition (信访、举报、投诉) rather than a request for
 * information. Art. 39 says such applications are not disclosure requests; the applicant is pointed to the
 * 12345 hotline before filing and may still insist.
 */
public final class ComplaintSignals {

    private static final List<String> WORDS =
            List.of("投诉", "举报", "检举", "控告", "信访", "上访", "申诉", "要求查处", "要求处理", "要求处罚", "要求赔偿", "要求解决", "讨个说法", "维权");

    private ComplaintSignals() {}

    /** The signal words found in the text, in the order of the list; empty when it reads as a request. */
    public static List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        String normalised = text.toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(normalised::contains).toList();
    }
}
