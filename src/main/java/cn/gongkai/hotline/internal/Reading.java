package cn.gongkai.hotline.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the wording checks read a text: folded (NFKC, lower case), cut into sentences and each sentence into clauses,
 * so that what qualifies a word (a negation just before it, a time or condition in its clause or sentence) is looked
 * for only where it can apply.
 */
final class Reading {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n\\r]+");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、：:…\\s]+");

    /** Longest text read: the suggestions take at most this much, and a longer one says no more in its tail. */
    static final int MAX_LENGTH = 4000;

    private Reading() {}

    /** A clause and the sentence it stands in. */
    record Clause(String text, String sentence) {

        /** Each place in the clause where {@code pattern} is found, with the clause text before it. */
        void forEachMatch(Pattern pattern, Consumer<Found> action) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                action.accept(new Found(text.substring(0, matcher.start()), matcher.group()));
            }
        }
    }

    /** A match and the words before it in its clause. */
    record Found(String before, String words) {}

    static List<Clause> clauses(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(
                        text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        List<Clause> clauses = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(folded)) {
            String joined = CLAUSE_END.matcher(sentence).replaceAll("，");
            for (String clause : CLAUSE_END.split(sentence)) {
                if (!clause.isEmpty()) {
                    clauses.add(new Clause(clause, joined));
                }
            }
        }
        return clauses;
    }

    /** Whether the words just before a match end in what {@code suffix} (anchored at its end) describes. */
    static boolean endsWith(Pattern suffix, String before) {
        return suffix.matcher(before).find();
    }

    static boolean contains(Pattern pattern, String text) {
        return pattern != null && pattern.matcher(text).find();
    }
}
