package org.sealdesk.production;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.sealdesk.common.RuleViolation;

/** Where production attempts are found: each lookup written once. */
public final class Productions {

    private final EntityManager em;

    public Productions(EntityManager em) {
        this.em = em;
    }

    /** The order's attempts, newest first. */
    public List<Production> ofOrder(long orderId) {
        return em.createNamedQuery("Production.ofOrder", Production.class).setParameter("orderId", orderId)
                .getResultList();
    }

    public Optional<Production> latest(long orderId) {
        return ofOrder(orderId).stream().findFirst();
    }

    /** @throws RuleViolation production.attemptOver when the order has no such attempt or a newer one */
    public Production current(long orderId, int attempt, LockModeType lock) {
        Production latest = latest(orderId).filter(production -> production.getAttempt() == attempt)
                .orElseThrow(() -> new RuleViolation("production.attemptOver"));
        if (lock != LockModeType.NONE) {
            em.lock(latest, lock);
        }
        return latest;
    }
}
