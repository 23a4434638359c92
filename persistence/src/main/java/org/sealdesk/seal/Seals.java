package org.sealdesk.seal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sealdesk.common.Utc;

/** Where seals are found: each lookup written once. */
public final class Seals {

    private final EntityManager em;

    public Seals(EntityManager em) {
        this.em = em;
    }

    /** The seals one production attempt of an order made, in the order they were made. */
    public List<Seal> ofAttempt(long orderId, int attempt) {
        return em.createNamedQuery("Seal.ofAttempt", Seal.class).setParameter("orderId", orderId)
                .setParameter("attempt", attempt).getResultList();
    }

    public Optional<Seal> byEsId(String esId) {
        return em.createNamedQuery("Seal.byEsId", Seal.class).setParameter("esId", esId).getResultStream()
                .findFirst();
    }

    /** The seals an order made that reached its ukey (none discarded), in the order they were made. */
    public List<Seal> ofOrder(long orderId) {
        return em.createNamedQuery("Seal.ofOrder", Seal.class).setParameter("orderId", orderId).getResultList();
    }

    /**
     * Active seals with a valid certificate ending after {@code now} and by {@code until}, whose holder was not yet
     * reminded {@code daysBefore} days or fewer ahead; by owner, then expiry. At most {@code limit}.
     */
    public List<Seal> dueForReminder(Instant now, Instant until, int daysBefore, int limit) {
        return em.createNamedQuery("ExpiryReminder.due", Seal.class).setParameter("now", Utc.of(now))
                .setParameter("until", Utc.of(until)).setParameter("daysBefore", daysBefore).setMaxResults(limit)
                .getResultList();
    }

    /** An account's seals (none discarded), newest first. */
    public List<Seal> ofOwner(long accountId) {
        return em.createNamedQuery("Seal.ofOwner", Seal.class).setParameter("account", accountId).getResultList();
    }
}
