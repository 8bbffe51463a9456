package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IdNumberTests {

    private static final String EXAMPLE = "11010519491231002X";

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "11010519491231002X|11010519491231002X",
                "11010519491231002x|11010519491231002X",
                "  11010519491231002X\t|11010519491231002X",
                "\u300011010519491231002x\u3000|11010519491231002X",
                "１１０１０５１９４９１２３１００２ｘ|11010519491231002X"
            })
    void acceptsAndNormalizesTheExample(String raw, String normalized) {
        assertThat(IdNumber.of(raw).value()).isEqualTo(normalized);
        assertThat(IdNumber.isValid(raw)).isTrue();
    }

    static Stream<String> validNumbers() {
        return Stream.of(
                EXAMPLE,
                withCheckCharacter("44030019000101123"),
                withCheckCharacter("32010520000229002"),
                withCheckCharacter("51010119991231345"),
                withCheckCharacter("110105"
                        + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                .minusDays(1)
                                .format(DateTimeFormatter.BASIC_ISO_DATE)
                        + "001"));
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void acceptsRealBirthDatesFrom1900UpToToday(String raw) {
        assertThat(IdNumber.of(raw).value()).isEqualTo(raw);
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                Arguments.of("", "id-number.length"),
                Arguments.of("   ", "id-number.length"),
                Arguments.of("11010519491231002", "id-number.length"),
                Arguments.of("11010519491231002X1", "id-number.length"),
                Arguments.of("110105491231002", "id-number.length"),
                Arguments.of("A1010519491231002X", "id-number.characters"),
                Arguments.of("1101051949123100X2", "id-number.characters"),
                Arguments.of("11010519491231002Y", "id-number.characters"),
                Arguments.of("11010519491231 02X", "id-number.characters"),
                Arguments.of(
                        "\u0661\u0661\u0660\u0661\u0660\u0665\u0661\u0669\u0664\u0669\u0661\u0662"
                                + "\u0663\u0661\u0660\u0660\u0662X",
                        "id-number.characters"),
                Arguments.of(withCheckCharacter("11010519490230002"), "id-number.birth-date"),
                Arguments.of(withCheckCharacter("11010519990229002"), "id-number.birth-date"),
                Arguments.of(withCheckCharacter("11010519491331002"), "id-number.birth-date"),
                Arguments.of(withCheckCharacter("11010519491200002"), "id-number.birth-date"),
                Arguments.of(withCheckCharacter("11010518991231002"), "id-number.birth-date"),
                Arguments.of(withCheckCharacter("11010520991231002"), "id-number.birth-date"),
                Arguments.of(
                        withCheckCharacter("110105"
                                + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                        .plusDays(2)
                                        .format(DateTimeFormatter.BASIC_ISO_DATE)
                                + "002"),
                        "id-number.birth-date"),
                Arguments.of("110105194912310020", "id-number.check-digit"),
                Arguments.of("110105194912310021", "id-number.check-digit"),
                Arguments.of("11010519491231003X", "id-number.check-digit"));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @MethodSource("invalidNumbers")
    void rejectsWithTheReason(String raw, String messageKey) {
        InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, () -> IdNumber.of(raw));

        assertThat(thrown).extracting(InvalidValueException::messageKey).isEqualTo(messageKey);
        assertThat(thrown).hasMessage(messageKey);
        assertThat(IdNumber.isValid(raw)).isFalse();
    }

    @Test
    void nullIsNotValid() {
        assertThat(IdNumber.isValid(null)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> IdNumber.of(null));
    }

    @Test
    void showsOnlyTheMaskedNumber() {
        IdNumber number = IdNumber.of(EXAMPLE);

        assertThat(number.masked()).isEqualTo("110105********002X");
        assertThat(number).hasToString("110105********002X");
        assertThat(number.masked(new Masking(3, 1, 3, 4))).isEqualTo("110**************X");
    }

    @Test
    void equalsByNormalizedValue() {
        assertThat(IdNumber.of("11010519491231002x")).isEqualTo(IdNumber.of(EXAMPLE));
    }

    /** Independent of the production code only in form, so it is checked against the official example. */
    private static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void testHelperAgreesWithTheOfficialExample() {
        assertThat(withCheckCharacter(EXAMPLE.substring(0, 17))).isEqualTo(EXAMPLE);
    }
}
