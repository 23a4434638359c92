package org.sealdesk.common;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

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

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
