package org.sealdesk.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;

/**
 * A resident identity card number per GB 11643-1999: six-digit region code, birth date
 * (yyyyMMdd), three-digit sequence and an ISO 7064 MOD 11-2 check character.
 */
public record IdCardNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

    public IdCardNumber {
        value = value == null ? null : value.trim().toUpperCase();
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.idCard.required");
        }
        if (!isValid(value)) {
            throw new RuleViolation("validation.idCard.invalid");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String number = candidate.trim().toUpperCase();
        return FORMAT.matcher(number).matches()
                && birthDateOf(number) != null
                && checkCharacter(number) == number.charAt(17);
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now()) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** 440103********123X: region and last four only. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
