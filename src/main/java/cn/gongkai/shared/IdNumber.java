package cn.gongkai.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Citizen identity number (公民身份号码) as defined by GB 11643-1999: 17 digits, the middle eight a real
 * birth date, and an ISO 7064 MOD 11-2 check character.
 *
 * <p>{@link #toString()} is masked so the number never reaches a log in clear; use {@link #value()}
 * deliberately where the full number is needed.
 *
 * @param value the normalized 18-character number, with an upper-case {@code X} check character
 */
public record IdNumber(String value) {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    // Numbers are issued in China, so "born in the future" is judged on the Chinese calendar day.
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * Normalizes (trims, folds full-width characters, upper-cases {@code x}) and validates.
     *
     * @throws InvalidValueException with key {@code id-number.length}, {@code id-number.characters},
     *         {@code id-number.birth-date} or {@code id-number.check-digit}
     */
    public IdNumber {
        value = normalize(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }

    /** Same as the constructor; reads better at call sites that parse input. */
    public static IdNumber of(String raw) {
        return new IdNumber(raw);
    }

    /** Whether {@link #of(String)} would accept the input; {@code null} is not valid. */
    public static boolean isValid(String raw) {
        return raw != null && problemWith(normalize(raw)) == null;
    }

    /** Masked with the default keep counts, e.g. {@code 110105********002X}. */
    public String masked() {
        return masked(Masking.defaults());
    }

    public String masked(Masking masking) {
        return masking.maskIdNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(String raw) {
        return Inputs.normalize(Objects.requireNonNull(raw, "ID number")).toUpperCase(Locale.ROOT);
    }

    private static String problemWith(String value) {
        if (value.length() != LENGTH) {
            return "id-number.length";
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!Inputs.isAsciiDigit(value.charAt(i))) {
                return "id-number.characters";
            }
        }
        char check = value.charAt(LENGTH - 1);
        if (!Inputs.isAsciiDigit(check) && check != 'X') {
            return "id-number.characters";
        }
        if (!hasPlausibleBirthDate(value)) {
            return "id-number.birth-date";
        }
        return check == checkCharacter(value) ? null : "id-number.check-digit";
    }

    private static boolean hasPlausibleBirthDate(String value) {
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException notADate) {
            return false;
        }
        return !birthDate.isBefore(EARLIEST_BIRTH_DATE) && !birthDate.isAfter(LocalDate.now(CHINA));
    }

    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
