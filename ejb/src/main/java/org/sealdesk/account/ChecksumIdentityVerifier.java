package org.sealdesk.account;

import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;

/**
 * The built-in verifier: a number that exists has passed the GB 11643 format and check-digit
 * test; nothing ties it to the name, and the account records exactly that.
 */
public class ChecksumIdentityVerifier implements IdentityVerifier {

    @Override
    public Verification verify(PersonName name, IdCardNumber number) {
        return new Verification(IdentityCheck.CHECKSUM_ONLY, null);
    }

    @Override
    public String describe() {
        return "built-in checksum verifier (GB 11643 check digit only, recorded as CHECKSUM_ONLY: no registry match)";
    }
}
