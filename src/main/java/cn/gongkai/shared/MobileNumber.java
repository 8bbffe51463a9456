package cn.gongkai.shared;

import java.util.Objects;

/**
 * Mainland China mobile number (手机号码): 11 digits starting with 1.
 *
 * <p>Input may carry the +86 / 86 country prefix, spaces and hyphens; they are stripped. {@link #toString()}
 * is masked so the number never reaches a log in clear.
 *
 * @param value the 11 digits, without prefix or separators
 */
public record MobileNumber(String value) {

    private static final int LENGTH = 11;

    /**
     * Normalizes and validates.
     *
     * @throws InvalidValueException with key {@code mobile-number.format}
     */
    public MobileNumber {
        value = normalize(value);
        if (!isWellFormed(value)) {
            throw new InvalidValueException("mobile-number.format");
        }
    }

    /** Same as the constructor; reads better at call sites that parse input. */
    public static MobileNumber of(String raw) {
        return new MobileNumber(raw);
    }

    /** Whether {@link #of(String)} would accept the input; {@code null} is not valid. */
    public static boolean isValid(String raw) {
        return raw != null && isWellFormed(normalize(raw));
    }

    /** Masked with the default keep counts, e.g. {@code 138****5678}. */
    public String masked() {
        return masked(Masking.defaults());
    }

    public String masked(Masking masking) {
        return masking.maskPhone(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(String raw) {
        String digits =
                Inputs.normalize(Objects.requireNonNull(raw, "mobile number")).replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        if (digits.startsWith("86") && digits.length() == LENGTH + 2) {
            return digits.substring(2);
        }
        return digits;
    }

    private static boolean isWellFormed(String value) {
        if (value.length() != LENGTH || value.charAt(0) != '1') {
            return false;
        }
        for (int i = 1; i < LENGTH; i++) {
            if (!Inputs.isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
