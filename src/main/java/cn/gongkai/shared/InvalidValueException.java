package cn.gongkai.shared;

import java.io.Serial;
import java.util.Objects;

/**
 * An invalid value (无效值) given for one of the shared value types.
 *
 * <p>Carries only a message key such as {@code id-number.check-digit}, never the rejected value: these
 * values are personal data and exceptions end up in logs. The caller knows which field it was parsing
 * and reports the field name itself.
 */
public class InvalidValueException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidValueException(String messageKey) {
        super(Objects.requireNonNull(messageKey, "messageKey"));
        this.messageKey = messageKey;
    }

    /** The key of the message explaining why the value was rejected, e.g. {@code credit-code.length}. */
    public String messageKey() {
        return messageKey;
    }
}
