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
 * The annotated text is a valid citizen identity number (公民身份号码), see {@link cn.gongkai.shared.IdNumber}.
 *
 * <p>{@code null} and blank values are valid: whether the field is required is {@code @NotBlank}'s
 * business, so an empty required field gets one error, not two.
 */
@Documented
@Constraint(validatedBy = IdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidIdNumber {

    String message() default "{gongkai.id-number.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
