package org.sealdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;

/**
 * The built-in verifier: a number that exists has passed the GB 11643 format and check-digit
 * test; nothing ties it to the name, and the account records exactly that.
 */
@ApplicationScoped
public class ChecksumIdentityVerifier implements IdentityVerifier {

    @Override
    public IdentityCheck verify(PersonName name, IdCardNumber number) {
        return IdentityCheck.CHECKSUM_ONLY;
    }
}
