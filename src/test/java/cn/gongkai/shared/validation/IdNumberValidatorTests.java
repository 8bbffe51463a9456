package cn.gongkai.shared.validation;

import static cn.gongkai.shared.validation.ConstraintAssertions.messageTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberValidatorTests {

    record ApplicantForm(@ValidIdNumber String idNumber) {}

    record RequiredIdForm(@NotBlank @ValidIdNumber String idNumber) {}

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "11010519491231002X", "11010519491231002x"})
    void acceptsValidAndAbsentNumbers(String idNumber) {
        assertThat(messageTemplates(new ApplicantForm(idNumber))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310020", "11010519490230002X", "1101051949123100", "11010519491231002Y"})
    void rejectsInvalidNumbers(String idNumber) {
        assertThat(messageTemplates(new ApplicantForm(idNumber))).containsExactly("{gongkai.id-number.invalid}");
    }

    @Test
    void leavesBlankToNotBlank() {
        assertThat(messageTemplates(new RequiredIdForm(" ")))
                .containsExactly("{jakarta.validation.constraints.NotBlank.message}");
    }
}
