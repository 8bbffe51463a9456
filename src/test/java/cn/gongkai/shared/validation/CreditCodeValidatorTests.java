package cn.gongkai.shared.validation;

import static cn.gongkai.shared.validation.ConstraintAssertions.messageTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeValidatorTests {

    record OrganisationForm(@ValidCreditCode String creditCode) {}

    record StaffOverrideForm(
            @ValidCreditCode(allowCheckOverride = true) String creditCode) {}

    @ParameterizedTest(name = "[{0}] strict {1}, with override {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null,                true,  true",
                "'',                  true,  true",
                "9144030071526726XG,  true,  true",
                "9144030071526726xg,  true,  true",
                "9144030071526726XH,  false, true",
                "9144030071526726IG,  false, false",
                "9144030071526726X,   false, false"
            })
    void checksTheCodeAsConfigured(String creditCode, boolean strictlyValid, boolean validWithOverride) {
        assertThat(messageTemplates(new OrganisationForm(creditCode)))
                .isEqualTo(strictlyValid ? List.of() : List.of("{gongkai.credit-code.invalid}"));
        assertThat(messageTemplates(new StaffOverrideForm(creditCode)))
                .isEqualTo(validWithOverride ? List.of() : List.of("{gongkai.credit-code.invalid}"));
    }
}
