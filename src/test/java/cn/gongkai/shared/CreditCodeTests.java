package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    private static final String EXAMPLE = "9144030071526726XG";

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "9144030071526726XG|9144030071526726XG",
                "9144030071526726xg|9144030071526726XG",
                " 9144030071526726XG\u3000|9144030071526726XG",
                "９１４４０３００７１５２６７２６ＸＧ|9144030071526726XG",
                "91350100M000100Y43|91350100M000100Y43"
            })
    void acceptsCodesWithTheRightCheckCharacter(String raw, String normalized) {
        CreditCode code = CreditCode.of(raw);

        assertThat(code.value()).isEqualTo(normalized);
        assertThat(code.checkOverridden()).isFalse();
        assertThat(code).hasToString(normalized);
        assertThat(CreditCode.hasValidCheckCharacter(raw)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource({
        "'',                    credit-code.length",
        "9144030071526726X,     credit-code.length",
        "9144030071526726XG0,   credit-code.length",
        // I O S V Z are left out of the alphabet because they look like 1 0 5 U 2
        "9144030071526726IG,    credit-code.characters",
        "91440300715267O6XG,    credit-code.characters",
        "914403007152S726XG,    credit-code.characters",
        "9144030071V26726XG,    credit-code.characters",
        "Z144030071526726XG,    credit-code.characters",
        "9144030071526726X-,    credit-code.characters",
        "9144030071526726 G,    credit-code.characters"
    })
    void rejectsMalformedCodesEvenWithOverride(String raw, String messageKey) {
        assertRejected(CreditCode::of, raw, messageKey);
        assertRejected(CreditCode::withOverride, raw, messageKey);
        assertThat(CreditCode.hasValidCheckCharacter(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9144030071526726XH", "9144030071526726X0", "9144030071526727XG", "91350100M000100Y44"})
    void rejectsAWrongCheckCharacterUnlessOverridden(String raw) {
        assertRejected(CreditCode::of, raw, "credit-code.check-character");
        assertThat(CreditCode.hasValidCheckCharacter(raw)).isFalse();

        CreditCode overridden = CreditCode.withOverride(raw);
        assertThat(overridden.value()).isEqualTo(raw);
        assertThat(overridden.checkOverridden()).isTrue();
    }

    @Test
    void anOverrideOfACorrectCodeOverridesNothing() {
        assertThat(CreditCode.withOverride(EXAMPLE).checkOverridden()).isFalse();
        assertThat(new CreditCode(EXAMPLE, true)).isEqualTo(CreditCode.of(EXAMPLE));
    }

    @Test
    void nullHasNoValidCheckCharacter() {
        assertThat(CreditCode.hasValidCheckCharacter(null)).isFalse();
    }

    private static void assertRejected(Function<String, CreditCode> parser, String raw, String messageKey) {
        InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, () -> parser.apply(raw));
        assertThat(thrown).extracting(InvalidValueException::messageKey).isEqualTo(messageKey);
    }
}
