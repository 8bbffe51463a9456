package cn.gongkai.shared.validation;

import cn.gongkai.shared.MobileNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidMobileNumber}: 手机号码校验. */
public final class MobileNumberValidator implements ConstraintValidator<ValidMobileNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().isBlank() || MobileNumber.isValid(value.toString());
    }
}
