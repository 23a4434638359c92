package org.sealdesk.identity;

import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from the
 * code set 0-9 A-H J-N P-R T-U W-Y, the last a MOD 31 check character.
 */
public record CreditCode(String value) {

    private static final String CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    public CreditCode {
        value = value == null ? null : value.trim().toUpperCase();
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.creditCode.required");
        }
        if (!isValid(value)) {
            throw new RuleViolation("validation.creditCode.invalid");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String code = candidate.trim().toUpperCase();
        return FORMAT.matcher(code).matches() && checkCharacter(code) == code.charAt(17);
    }

    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_SET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CODE_SET.charAt((31 - sum % 31) % 31);
    }
}
