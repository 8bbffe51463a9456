package cn.gongkai.shared.validation;

import static cn.gongkai.shared.validation.ConstraintAssertions.messageTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberValidatorTests {

    record ContactForm(@ValidMobileNumber String mobile) {}

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "13812345678", "+86 138-1234-5678"})
    void acceptsValidAndAbsentNumbers(String mobile) {
        assertThat(messageTemplates(new ContactForm(mobile))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23812345678", "1381234567", "010-12345678"})
    void rejectsInvalidNumbers(String mobile) {
        assertThat(messageTemplates(new ContactForm(mobile))).containsExactly("{gongkai.mobile-number.invalid}");
    }
}
