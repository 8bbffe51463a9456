package cn.gongkai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            行政复议              | 行政 政复 复议
            推进“双随机、一公开”  | 推进 双随 随机 一公 公开
            12345热线           | 12345 热线
            2019年度            | 2019 年度
            OGI Report 年报     | ogi report 年报
            法                  | 法
            ，。！               | ''
            """)
    void indexesHanAsCharacterPairsAndOtherWordsWhole(String text, String tokens) {
        assertThat(SearchText.tokens(text)).isEqualTo(tokens);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            行政复议        | ('行政' <-> '政复' <-> '复议')
            双随机 一公开   | ('双随' <-> '随机') & ('一公' <-> '公开')
            法             | '法':*
            O'Brien        | ('o' <-> 'brien')
            "   "          | ""
            """)
    void requiresEveryTermAsAPhrase(String query, String expected) {
        assertThat(SearchText.tsQuery(query)).isEqualTo(expected);
    }

    @Test
    void snippetMarksEveryTermAndEscapesTheRest() {
        String text = "前文".repeat(40) + "依法办理<行政复议>案件，行政复议决定" + "后文".repeat(40);

        String snippet = SearchText.snippet(text, List.of("行政复议"));

        assertThat(snippet)
                .startsWith("…")
                .endsWith("…")
                .contains("&lt;<mark>行政复议</mark>&gt;", "，<mark>行政复议</mark>决定")
                .doesNotContain("<行政");
    }
}
