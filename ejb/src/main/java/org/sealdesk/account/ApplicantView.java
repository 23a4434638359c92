package org.sealdesk.account;

import java.time.Instant;

/** What the applicant's pages show of an account; never the ID number in clear. */
public record ApplicantView(long id, String mobileMasked, boolean identityVerified, String realName,
        String idCardMasked, IdentityCheck identityCheck, Instant identityVerifiedAt) {

    static ApplicantView of(Account account) {
        return new ApplicantView(account.getId(), account.getMobile().masked(), account.isIdentityVerified(),
                account.getRealName(), account.getIdCardMasked(), account.getIdentityCheck(),
                account.getIdentityVerifiedAt());
    }
}
