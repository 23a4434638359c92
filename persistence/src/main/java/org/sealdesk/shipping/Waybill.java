package org.sealdesk.shipping;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;

/**
 * An SF Express waybill number (运单号): {@code SF} and 12 or 13 digits, or 12 digits alone as older paper forms
 * print it. Spaces a scanner or a hand adds are dropped and letters upper-cased.
 */
public record Waybill(String value) {

    private static final Pattern FORMAT = Pattern.compile("(SF)?\\d{12,13}");

    public Waybill {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.waybill.required");
        }
        value = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches() || value.length() == 13 && !value.startsWith("SF")) {
            throw new RuleViolation("validation.waybill.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
