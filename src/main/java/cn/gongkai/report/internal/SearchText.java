package cn.gongkai.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over Chinese without a word segmenter (全文检索): Han characters are indexed as
 * overlapping pairs (行政复议 → 行政 政复 复议), other letters and digits as lower-case words. A query
 * term matches where all its pairs stand next to each other, i.e. exactly where the term occurs.
 */
public final class SearchText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int SNIPPET_CONTEXT = 40;

    private SearchText() {}

    /** The words to index for {@code text}, in order, separated by spaces (for {@code to_tsvector('simple', …)}). */
    public static String tokens(String text) {
        return String.join(" ", tokenList(text));
    }

    /**
     * A {@code to_tsquery('simple', …)} expression requiring every term of the query, or empty when
     * the query has nothing searchable in it.
     */
    public static String tsQuery(String query) {
        return terms(query).stream()
                .map(term -> {
                    List<String> tokens = tokenList(term);
                    if (tokens.size() == 1
                            && isHan(term.codePointAt(0))
                            && term.codePointCount(0, term.length()) == 1) {
                        return quote(tokens.get(0)) + ":*";
                    }
                    return tokens.stream().map(SearchText::quote).collect(Collectors.joining(" <-> ", "(", ")"));
                })
                .filter(expression -> !expression.equals("()"))
                .collect(Collectors.joining(" & "));
    }

    /** The query's terms: what the visitor typed, split at spaces. */
    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return WHITESPACE
                .splitAsStream(query.strip())
                .filter(term -> !tokenList(term).isEmpty())
                .toList();
    }

    /**
     * A short passage of {@code text} around the first match of a term, HTML-escaped, with every
     * match wrapped in {@code <mark>}.
     */
    public static String snippet(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String term : terms) {
            int at = lower.indexOf(term.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = Math.max(0, first - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), Math.max(first, 0) + SNIPPET_CONTEXT * 2);
        String passage = text.substring(from, to).replaceAll("\\s+", " ");
        String marked = HtmlUtils.htmlEscape(passage);
        for (String term : terms) {
            String escaped = HtmlUtils.htmlEscape(term);
            marked = Pattern.compile(Pattern.quote(escaped), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(marked)
                    .replaceAll(
                            match -> "<mark>" + java.util.regex.Matcher.quoteReplacement(match.group()) + "</mark>");
        }
        return (from > 0 ? "…" : "") + marked + (to < text.length() ? "…" : "");
    }

    private static List<String> tokenList(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        boolean hanRunHasPair = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isHan(c)) {
                flush(word, tokens);
                if (previousHan >= 0) {
                    tokens.add(new StringBuilder()
                            .appendCodePoint(previousHan)
                            .appendCodePoint(c)
                            .toString());
                    hanRunHasPair = true;
                }
                previousHan = c;
                continue;
            }
            endHanRun(previousHan, hanRunHasPair, tokens);
            previousHan = -1;
            hanRunHasPair = false;
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else {
                flush(word, tokens);
            }
        }
        endHanRun(previousHan, hanRunHasPair, tokens);
        flush(word, tokens);
        return tokens;
    }

    /** A lone Han character (a run of one) is indexed by itself so that it can still be found. */
    private static void endHanRun(int previousHan, boolean hadPair, List<String> tokens) {
        if (previousHan >= 0 && !hadPair) {
            tokens.add(new String(Character.toChars(previousHan)));
        }
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String quote(String token) {
        return "'" + token.replace("'", "''") + "'";
    }
}
