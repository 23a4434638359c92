package org.sealdesk.identity;

import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;

/** A person's name as on the ID card: 2–30 Chinese characters, with · for transliterated names. */
public record PersonName(String value) {

    private static final Pattern FORMAT = Pattern.compile("[\\p{IsHan}][\\p{IsHan}·•]{0,28}[\\p{IsHan}]");

    public PersonName {
        value = value == null ? null : value.strip();
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.personName.required");
        }
        if (!isValid(value)) {
            throw new RuleViolation("validation.personName.invalid");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate.strip()).matches();
    }
}
