package org.sealdesk.account;

import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;

/** Confirms that a name and an ID-card number belong together; refuses with a RuleViolation. */
public interface IdentityVerifier {

    IdentityCheck verify(PersonName name, IdCardNumber number);
}
