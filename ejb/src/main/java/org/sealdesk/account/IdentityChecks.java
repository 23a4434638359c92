package org.sealdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;

/**
 * Every real-name check an applicant causes — of themselves, or of the person an application names — in the caller's
 * transaction: at most {@code sealdesk.identity.max-failed-checks-per-day} failed ones per account and day (each is
 * billed), a check that did not match recorded, one the provider could not make not; the applicant's own verified
 * identity is not checked a second time.
 */
@ApplicationScoped
public class IdentityChecks {

    private static final Map<String, IdentityAttempt.Outcome> FAILED = Map.of(
            "realName.mismatch", IdentityAttempt.Outcome.MISMATCH, "realName.noRecord", IdentityAttempt.Outcome.NO_RECORD);

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    IdentityVerifier verifier;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.identity.max-failed-checks-per-day", defaultValue = "5")
    int maxFailedPerDay;

    /**
     * @param account the applicant on whose behalf (and limit) the check is made
     * @throws RuleViolation as {@link IdentityVerifier#verify} refuses, or {@code realName.tooManyChecks}
     */
    public IdentityVerifier.Verification check(Account account, PersonName name, IdCardNumber number) {
        if (account.isIdentityVerified() && name.value().equals(account.getRealName())
                && number.value().equals(cipher.decrypt(account.getIdCardCipher(), AccountService.ID_CARD_CONTEXT))) {
            return new IdentityVerifier.Verification(account.getIdentityCheck(), account.getIdentityRequestId());
        }
        Instant now = clock.instant();
        long failedToday = em.createNamedQuery("IdentityAttempt.countSince", Long.class)
                .setParameter("accountId", account.getId())
                .setParameter("since", ServiceZone.startOf(ServiceZone.dayOf(now))).getSingleResult();
        if (failedToday >= maxFailedPerDay) {
            throw new RuleViolation("realName.tooManyChecks", maxFailedPerDay);
        }
        try {
            return verifier.verify(name, number);
        } catch (RuleViolation refused) {
            IdentityAttempt.Outcome failed = FAILED.get(refused.messageKey());
            if (failed != null) { // a check made (and billed) that did not pass; "try later" does not count
                em.persist(new IdentityAttempt(account.getId(), failed, now));
            }
            throw refused;
        }
    }
}
