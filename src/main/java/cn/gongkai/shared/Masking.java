package cn.gongkai.shared;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking (脱敏) of ID numbers and mobile numbers for staff lists and logs.
 *
 * <p>Only letters and digits are counted and masked; separators such as spaces and hyphens are kept, so
 * {@code 138 1234 5678} becomes {@code 138 **** 5678}. A value too short to keep the configured
 * characters and still hide something is masked completely rather than shown.
 */
public final class Masking {

    public static final char MASK_CHARACTER = '*';

    private static final int ID_NUMBER_LENGTH = 18;
    private static final int MOBILE_NUMBER_LENGTH = 11;

    private static final Masking DEFAULTS = new Masking(6, 4, 3, 4);

    /*
     * Either an 18-character ID number or a mobile number, optionally with the +86 / 86 country prefix
     * and 3-4-4 grouping. Lookarounds keep matches out of longer digit runs such as bank card numbers,
     * which are not ours to mask and must stay readable in logs.
     */
    private static final Pattern NUMBERS_IN_TEXT = Pattern.compile("(?<![0-9])(?:([0-9]{17}[0-9Xx])(?![0-9Xx])"
            + "|(\\+?86[ -]?)?(1[0-9]{2}[ -]?[0-9]{4}[ -]?[0-9]{4})(?![0-9]))");

    private final int idKeepFirst;
    private final int idKeepLast;
    private final int phoneKeepFirst;
    private final int phoneKeepLast;

    /**
     * @throws IllegalArgumentException when a count is negative or the counts would leave nothing masked
     */
    public Masking(int idKeepFirst, int idKeepLast, int phoneKeepFirst, int phoneKeepLast) {
        requireSomethingMasked(idKeepFirst, idKeepLast, ID_NUMBER_LENGTH, "ID number");
        requireSomethingMasked(phoneKeepFirst, phoneKeepLast, MOBILE_NUMBER_LENGTH, "mobile number");
        this.idKeepFirst = idKeepFirst;
        this.idKeepLast = idKeepLast;
        this.phoneKeepFirst = phoneKeepFirst;
        this.phoneKeepLast = phoneKeepLast;
    }

    /** ID numbers keep the first 6 and last 4 characters, mobile numbers the first 3 and last 4 digits. */
    public static Masking defaults() {
        return DEFAULTS;
    }

    public int idKeepFirst() {
        return idKeepFirst;
    }

    public int idKeepLast() {
        return idKeepLast;
    }

    public int phoneKeepFirst() {
        return phoneKeepFirst;
    }

    public int phoneKeepLast() {
        return phoneKeepLast;
    }

    /** {@code 11010519491231002X} → {@code 110105********002X}; {@code null} stays {@code null}. */
    public String maskIdNumber(String idNumber) {
        return idNumber == null ? null : mask(idNumber, idKeepFirst, idKeepLast);
    }

    /** {@code 13812345678} → {@code 138****5678}; {@code null} stays {@code null}. */
    public String maskPhone(String phone) {
        return phone == null ? null : mask(phone, phoneKeepFirst, phoneKeepLast);
    }

    /**
     * Masks every ID number and mainland mobile number found in free text, such as a log message.
     * Matches do not checksum-validate: a mistyped ID number is as personal as a correct one.
     */
    public String maskFreeText(String text) {
        if (text == null || text.length() < MOBILE_NUMBER_LENGTH) {
            return text;
        }
        Matcher matcher = NUMBERS_IN_TEXT.matcher(text);
        StringBuilder masked = null;
        int copiedUpTo = 0;
        while (matcher.find()) {
            if (masked == null) {
                masked = new StringBuilder(text.length());
            }
            masked.append(text, copiedUpTo, matcher.start());
            if (matcher.group(1) != null) {
                masked.append(mask(matcher.group(1), idKeepFirst, idKeepLast));
            } else {
                if (matcher.group(2) != null) {
                    masked.append(matcher.group(2));
                }
                masked.append(mask(matcher.group(3), phoneKeepFirst, phoneKeepLast));
            }
            copiedUpTo = matcher.end();
        }
        return masked == null
                ? text
                : masked.append(text, copiedUpTo, text.length()).toString();
    }

    private static String mask(String value, int keepFirst, int keepLast) {
        int significant = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                significant++;
            }
        }
        boolean maskAll = significant <= keepFirst + keepLast;
        StringBuilder masked = new StringBuilder(value.length());
        int position = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                masked.append(c);
                continue;
            }
            boolean keep = !maskAll && (position < keepFirst || position >= significant - keepLast);
            masked.append(keep ? c : MASK_CHARACTER);
            position++;
        }
        return masked.toString();
    }

    private static void requireSomethingMasked(int keepFirst, int keepLast, int length, String what) {
        if (keepFirst < 0 || keepLast < 0) {
            throw new IllegalArgumentException("Keep counts for " + what + " must not be negative");
        }
        if (keepFirst + keepLast >= length) {
            throw new IllegalArgumentException("Keeping " + keepFirst + " + " + keepLast + " characters of a " + length
                    + "-character " + what + " would mask nothing");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Masking that
                && idKeepFirst == that.idKeepFirst
                && idKeepLast == that.idKeepLast
                && phoneKeepFirst == that.phoneKeepFirst
                && phoneKeepLast == that.phoneKeepLast;
    }

    @Override
    public int hashCode() {
        return Objects.hash(idKeepFirst, idKeepLast, phoneKeepFirst, phoneKeepLast);
    }

    @Override
    public String toString() {
        return "Masking[id=" + idKeepFirst + "+" + idKeepLast + ", phone=" + phoneKeepFirst + "+" + phoneKeepLast + "]";
    }
}
