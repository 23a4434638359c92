package org.sealdesk.identity;

import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;

/** A mainland China mobile number: 11 digits, 1 then 3–9, then nine digits. */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");

    public MobileNumber {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.mobile.required");
        }
        if (!isValid(value)) {
            throw new RuleViolation("validation.mobile.invalid");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /** 138****0000, for pages and logs. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
