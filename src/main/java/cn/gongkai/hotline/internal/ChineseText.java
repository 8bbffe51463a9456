package cn.gongkai.hotline.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word segmentation and person-name knowledge (中文分词与人名知识) from HanLP's portable dictionaries, for {@link
 * ReplyRedaction}. The dictionaries load from the jar on first use (about a second, blocking I/O), so callers on the
 * event loop go through {@link ReplyRedaction#redactLater}.
 */
final class ChineseText {

    /** A word of the segmented text, with HanLP's part of speech ({@code nr} person name, {@code ns} place …). */
    record Token(int start, int end, String word, String nature) {

        boolean isPersonName() {
            return nature.startsWith("nr");
        }
    }

    // Two-character surnames: a closed set, and HanLP's person dictionary has no role for them as a whole.
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "夏侯", "令狐", "宇文", "司徒", "端木", "独孤", "南宫", "轩辕",
            "呼延", "申屠", "澹台", "万俟", "闻人", "西门", "钟离", "赫连", "纳兰");

    // A surname role must be common and dominate the character's other roles: 于 and 向 are surnames and prepositions.
    private static final int MINIMUM_SURNAME_COUNT = 30;
    private static final double MINIMUM_SURNAME_SHARE = 0.25;
    // Given-name roles likewise: 刘 is a single given name 3 times in 18,000 (so 谢刘 is no name), 丽 510 in 5,500.
    private static final int MINIMUM_GIVEN_NAME_COUNT = 20;
    private static final double MINIMUM_GIVEN_NAME_SHARE = 0.03;

    private ChineseText() {}

    private static final class Loaded {
        // Viterbi segmentation with the role-tagging person-name recogniser; translated and Japanese names are off
        // because replies rarely hold them and they misfire on Chinese words.
        static final Segment SEGMENT = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enableCustomDictionaryForcing(false)
                .enableOffset(true);
    }

    /** The words of a text, indexed by where they start, so that look-ups cost nothing per position. */
    record Words(List<Token> all, Token[] starting, boolean[] boundaries) {

        /** The word that starts at {@code position}, or {@code null}. */
        Token startingAt(int position) {
            return position >= 0 && position < starting.length ? starting[position] : null;
        }

        /** Whether a word starts or ends at {@code position}; the ends of the text count. */
        boolean isBoundary(int position) {
            return position <= 0 || position >= boundaries.length - 1 || boundaries[position];
        }
    }

    static Words segment(String text) {
        List<Term> terms = Loaded.SEGMENT.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        Token[] starting = new Token[text.length()];
        boolean[] boundaries = new boolean[text.length() + 1];
        for (Term term : terms) {
            Token token =
                    new Token(term.offset, term.offset + term.word.length(), term.word, String.valueOf(term.nature));
            tokens.add(token);
            if (token.start() >= 0 && token.end() <= text.length()) {
                starting[token.start()] = token;
                boundaries[token.start()] = true;
                boundaries[token.end()] = true;
            }
        }
        return new Words(tokens, starting, boundaries);
    }

    /**
     * The length of the surname at {@code position} (2 for 欧阳), or 0 when no surname starts there. Where the words
     * around already say a name stands there (市民…, …先生), a character seen often as a surname will do (龙 is mostly
     * a given name); elsewhere the surname must be its main role.
     */
    static int surnameLengthAt(CharSequence text, int position, boolean nameExpected) {
        if (position + 2 <= text.length()
                && COMPOUND_SURNAMES.contains(
                        text.subSequence(position, position + 2).toString())) {
            return 2;
        }
        if (position < text.length() && isSurname(text.charAt(position), nameExpected)) {
            return 1;
        }
        return 0;
    }

    static boolean isSurname(char c, boolean nameExpected) {
        EnumItem<NR> roles = roles(c);
        if (roles == null) {
            return false;
        }
        int surname = roles.getFrequency(NR.B);
        return surname >= MINIMUM_SURNAME_COUNT && (nameExpected || surname >= MINIMUM_SURNAME_SHARE * total(roles));
    }

    /** Whether {@code c} is seen as the only character of a given name (张<u>伟</u>). */
    static boolean canBeSingleGivenName(char c) {
        return hasGivenNameRole(c, NR.E);
    }

    /** Whether {@code first} and {@code second} are seen as the two characters of a given name (张<u>晓明</u>). */
    static boolean canBeDoubleGivenName(char first, char second) {
        return hasGivenNameRole(first, NR.C) && hasGivenNameRole(second, NR.D);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '〇';
    }

    /** Whether {@code c} is seen anywhere in given names. */
    static boolean canBeInGivenName(char c) {
        return hasGivenNameRole(c, NR.C) || hasGivenNameRole(c, NR.D) || hasGivenNameRole(c, NR.E);
    }

    private static boolean hasGivenNameRole(char c, NR role) {
        EnumItem<NR> roles = roles(c);
        if (roles == null) {
            return false;
        }
        int count = roles.getFrequency(role);
        return count >= MINIMUM_GIVEN_NAME_COUNT && count >= MINIMUM_GIVEN_NAME_SHARE * total(roles);
    }

    private static int total(EnumItem<NR> roles) {
        int total = 0;
        for (int count : roles.labelMap.values()) {
            total += count;
        }
        return total;
    }

    private static EnumItem<NR> roles(char c) {
        return PersonDictionary.dictionary.get(String.valueOf(c));
    }
}
