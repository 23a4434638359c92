package org.sealdesk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every input of a form and reports all refusals together, instead of stopping at the first:
 * {@code check} returns the value, or null and remembers the refusal against the field; {@code done}
 * throws them all.
 */
public final class Validation {

    private final List<RuleViolation> problems = new ArrayList<>();

    public <T> T check(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (RuleViolation refused) {
            problems.add(refused.about(field));
            return null;
        }
    }

    public boolean failed(String field) {
        return problems.stream().anyMatch(problem -> field.equals(problem.field()));
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** @throws RuleViolation the one refusal, or {@link InvalidEntries} with all of them */
    public void done() {
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidEntries(problems);
        }
    }

    /** {@code value} stripped, refused when empty or longer than {@code maxLength}. */
    public static String required(String value, int maxLength, String messageKey) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new RuleViolation(messageKey, maxLength);
        }
        return value.strip();
    }
}
