package cn.gongkai.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码) as defined by GB 32100-2015: 18 characters from a
 * 31-character alphabet without I, O, S, V and Z, the last a MOD 31 check character.
 *
 * <p>Some codes really issued fail the check, so staff may accept one anyway; {@link #checkOverridden()}
 * records that they did, for audit and later review.
 *
 * @param value the normalized, upper-case code
 * @param checkOverridden whether the code was accepted although its check character is wrong; always
 *        {@code false} for a code whose check character is right, since there was nothing to override
 */
public record CreditCode(String value, boolean checkOverridden) {

    private static final int LENGTH = 18;
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Normalizes (trims, folds full-width characters, upper-cases) and validates.
     *
     * @throws InvalidValueException with key {@code credit-code.length}, {@code credit-code.characters}
     *         or, unless {@code checkOverridden}, {@code credit-code.check-character}
     */
    public CreditCode {
        value = normalize(value);
        String shapeProblem = shapeProblemWith(value);
        if (shapeProblem != null) {
            throw new InvalidValueException(shapeProblem);
        }
        boolean checkHolds = checkCharacterHolds(value);
        if (!checkHolds && !checkOverridden) {
            throw new InvalidValueException("credit-code.check-character");
        }
        checkOverridden = !checkHolds;
    }

    /** Strict parsing: the check character must be right. */
    public static CreditCode of(String raw) {
        return new CreditCode(raw, false);
    }

    /**
     * Parsing for a staff override: length and alphabet are still enforced, a wrong check character is
     * accepted and flagged.
     */
    public static CreditCode withOverride(String raw) {
        return new CreditCode(raw, true);
    }

    /** Whether the input is a well-formed code whose check character is right; {@code null} is not. */
    public static boolean hasValidCheckCharacter(String raw) {
        if (raw == null) {
            return false;
        }
        String value = normalize(raw);
        return shapeProblemWith(value) == null && checkCharacterHolds(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String raw) {
        return Inputs.normalize(Objects.requireNonNull(raw, "credit code")).toUpperCase(Locale.ROOT);
    }

    private static String shapeProblemWith(String value) {
        if (value.length() != LENGTH) {
            return "credit-code.length";
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                return "credit-code.characters";
            }
        }
        return null;
    }

    private static boolean checkCharacterHolds(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return value.charAt(LENGTH - 1) == CHARACTERS.charAt(check);
    }
}
