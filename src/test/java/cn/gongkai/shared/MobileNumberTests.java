package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTests {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "13812345678",
                " 13812345678 ",
                "138 1234 5678",
                "138-1234-5678",
                "+8613812345678",
                "+86 138 1234 5678",
                "+86-138-1234-5678",
                "8613812345678",
                "86 138-1234-5678",
                "１３８１２３４５６７８",
                "\u3000138\u30001234\u30005678"
            })
    void acceptsCommonWaysOfWritingTheSameNumber(String raw) {
        assertThat(MobileNumber.of(raw).value()).isEqualTo("13812345678");
        assertThat(MobileNumber.isValid(raw)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "23812345678",
                "03812345678",
                "1381234567",
                "138123456789",
                "1381234567a",
                "138.1234.5678",
                "+85213812345678",
                "+86238123456789",
                "8623812345678",
                "(010) 12345678",
                "+8612345"
            })
    void rejectsAnythingElse(String raw) {
        InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, () -> MobileNumber.of(raw));

        assertThat(thrown).extracting(InvalidValueException::messageKey).isEqualTo("mobile-number.format");
        assertThat(MobileNumber.isValid(raw)).isFalse();
    }

    @Test
    void nullIsNotValid() {
        assertThat(MobileNumber.isValid(null)).isFalse();
    }

    @Test
    void showsOnlyTheMaskedNumber() {
        MobileNumber number = MobileNumber.of("+86 138 1234 5678");

        assertThat(number.masked()).isEqualTo("138****5678");
        assertThat(number).hasToString("138****5678");
        assertThat(number.masked(new Masking(6, 4, 0, 2))).isEqualTo("*********78");
    }
}
