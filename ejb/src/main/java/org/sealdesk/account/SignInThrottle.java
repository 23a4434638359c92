package org.sealdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.common.Utc;

/**
 * Lets a password sign-in through to the (costly) password check only within {@link SignInLimits}, counted
 * in the database so that every server counts the same attempts. Runs in the caller's transaction; a
 * refusal keeps nothing, an admitted attempt is recorded whatever its outcome.
 */
@ApplicationScoped
public class SignInThrottle {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.sign-in.max-per-address", defaultValue = "60")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "sealdesk.sign-in.max-per-name", defaultValue = "20")
    int maxPerName;

    @Inject
    @ConfigProperty(name = "sealdesk.sign-in.limit-window", defaultValue = "PT10M")
    Duration window;

    /**
     * @param name the account name tried: a mobile number, or a staff username prefixed so that the two never mix
     * @throws org.sealdesk.common.RuleViolation {@code signIn.throttled} with the time to try again
     */
    public void admit(String name, String address) {
        Instant now = clock.instant();
        OffsetDateTime since = Utc.of(now.minus(window));
        new SignInLimits(maxPerAddress, maxPerName, window).check(
                times("SignInAttempt.fromAddressSince", "address", address, since),
                times("SignInAttempt.onSubjectSince", "subject", name, since));
        em.createNamedQuery("SignInAttempt.deleteBefore").setParameter("before", since).executeUpdate();
        em.persist(new SignInAttempt(name, address, now));
    }

    private List<Instant> times(String query, String parameter, String value, OffsetDateTime since) {
        return em.createNamedQuery(query, OffsetDateTime.class).setParameter(parameter, value).setParameter("since", since)
                .getResultStream().map(Utc::instant).toList();
    }
}
