package cn.gongkai.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A plain Bean Validation validator; message templates are checked, not their translations. */
final class ConstraintAssertions {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private ConstraintAssertions() {}

    static Validator validator() {
        return FACTORY.getValidator();
    }

    static List<String> messageTemplates(Object bean) {
        return validator().validate(bean).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }
}
