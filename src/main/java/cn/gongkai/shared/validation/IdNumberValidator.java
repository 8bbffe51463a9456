package cn.gongkai.shared.validation;

import cn.gongkai.shared.IdNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdNumber}: 公民身份号码校验. */
public final class IdNumberValidator implements ConstraintValidator<ValidIdNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().isBlank() || IdNumber.isValid(value.toString());
    }
}
