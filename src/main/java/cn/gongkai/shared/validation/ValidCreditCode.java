package cn.gongkai.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid unified social credit code (统一社会信用代码), see
 * {@link cn.gongkai.shared.CreditCode}.
 *
 * <p>{@code null} and blank values are valid: whether the field is required is {@code @NotBlank}'s
 * business, so an empty required field gets one error, not two.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCreditCode {

    String message() default "{gongkai.credit-code.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Whether a wrong check character is acceptable, for staff forms where an override is allowed;
     * length and alphabet are still checked.
     */
    boolean allowCheckOverride() default false;
}
