package cn.gongkai.shared.validation;

import cn.gongkai.shared.CreditCode;
import cn.gongkai.shared.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCreditCode}: 统一社会信用代码校验. */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

    private boolean allowCheckOverride;

    @Override
    public void initialize(ValidCreditCode annotation) {
        allowCheckOverride = annotation.allowCheckOverride();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        if (!allowCheckOverride) {
            return CreditCode.hasValidCheckCharacter(value.toString());
        }
        try {
            CreditCode.withOverride(value.toString());
            return true;
        } catch (InvalidValueException malformed) {
            return false;
        }
    }
}
