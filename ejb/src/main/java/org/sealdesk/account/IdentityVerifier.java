package org.sealdesk.account;

import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;

/**
 * Confirms that a name and an ID-card number belong together. A mismatch or an unknown number is refused with a
 * {@link org.sealdesk.common.RuleViolation} about the ID number ({@code realName.mismatch}, {@code realName.noRecord});
 * a provider that cannot answer now with {@code realName.providerDown} — never a pass.
 */
public interface IdentityVerifier {

    /** How the pair was confirmed, and the provider's id of that check (null where there is none). */
    record Verification(IdentityCheck check, String requestId) {
    }

    Verification verify(PersonName name, IdCardNumber number);

    /** For the start-up log: which verifier, and what its pass means. */
    String describe();
}
