package org.sealdesk.common;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A business rule refused an input or a move. Carries a message key (resolved against the
 * site's message bundle, Chinese by default) and its arguments, so every layer reports the
 * same wording. Not rolled back: services validate before they change anything, and what a
 * refusal itself records (a failed try, a lockout) must persist.
 */
@ApplicationException(rollback = false)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments) + (field == null ? "" : " at " + field));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    /** The same refusal, naming the input it is about (a form field's id), so a page can show it there. */
    public RuleViolation about(String input) {
        return new RuleViolation(input, messageKey, arguments);
    }

    /** The input this refusal is about, if the service said. */
    public String field() {
        return field;
    }

    /** Each refusal this one stands for: itself, or every input that failed at once ({@link InvalidEntries}). */
    public List<RuleViolation> each() {
        return List.of(this);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
