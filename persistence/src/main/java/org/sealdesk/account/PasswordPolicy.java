package org.sealdesk.account;

import org.sealdesk.common.RuleViolation;

/** What a new password must be; the same rule is shown on the register and reset pages. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().anyMatch(Character::isWhitespace)
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new RuleViolation("validation.password.weak", MIN_LENGTH, MAX_LENGTH);
        }
    }
}
