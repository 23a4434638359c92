package org.sealdesk.seal;

import jakarta.persistence.EntityManager;
import java.util.List;

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

    /** An account's seals (none discarded), newest first. */
    public List<Seal> ofOwner(long accountId) {
        return em.createNamedQuery("Seal.ofOwner", Seal.class).setParameter("account", accountId).getResultList();
    }
}
