package org.sealdesk.order;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.sealdesk.common.RuleViolation;

/** Where orders are found: each lookup written once. An order that is not there, or not the caller's, is "not found". */
public final class Orders {

    private final EntityManager em;

    public Orders(EntityManager em) {
        this.em = em;
    }

    /**
     * A number no order has yet, for an order made {@code today}. Numbers are random, so that they tell nothing of
     * how many orders there are; one already taken (at ten thousand orders a day, about one day in two) is drawn
     * again rather than left to the unique key, which would fail the applicant's request.
     */
    public OrderNumber unusedNumber(LocalDate today) {
        OrderNumber number;
        do {
            number = OrderNumber.next(today);
        } while (em.createNamedQuery("SealOrder.byNumber", SealOrder.class).setParameter("number", number.value())
                .getResultStream().findAny().isPresent());
        return number;
    }

    /** @throws RuleViolation order.notFound */
    public SealOrder byNumber(OrderNumber number, LockModeType lock) {
        return em.createNamedQuery("SealOrder.byNumber", SealOrder.class).setParameter("number", number.value())
                .setLockMode(lock).getResultStream().findFirst().orElseThrow(() -> new RuleViolation("order.notFound"));
    }

    /** The account's order; another account's is as unknown as a number never issued. @throws RuleViolation order.notFound */
    public SealOrder ownedBy(long accountId, OrderNumber number, LockModeType lock) {
        SealOrder order = byNumber(number, lock);
        if (!order.isOwnedBy(accountId)) {
            throw new RuleViolation("order.notFound");
        }
        return order;
    }

    public SealOrder byId(long id, LockModeType lock) {
        SealOrder order = em.find(SealOrder.class, id, lock);
        if (order == null) {
            throw new RuleViolation("order.notFound");
        }
        return order;
    }

    /** Orders in a staff queue's status (production, shipping), oldest application first; at most {@code max}. */
    public List<SealOrder> inStatusOldestFirst(OrderStatus status, int max) {
        return em.createNamedQuery("SealOrder.inStatusOldestFirst", SealOrder.class).setParameter("status", status)
                .setMaxResults(max).getResultList();
    }

    /**
     * One page of the account's orders, newest first; each order's seals are read when asked for. (EclipseLink's
     * batch fetch of the seals, an element collection, breaks the commit without a shared cache: eclipselink#1455.)
     */
    public List<SealOrder> ofAccount(long accountId, int first, int max) {
        return em.createNamedQuery("SealOrder.ofAccount", SealOrder.class).setParameter("accountId", accountId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Orders of {@code kind} in one of {@code statuses} that name one of the held seals {@code sealIds}. */
    public List<SealOrder> aboutSeals(Collection<Long> sealIds, OrderKind kind, Set<OrderStatus> statuses) {
        return em.createNamedQuery("SealOrder.aboutSeals", SealOrder.class).setParameter("sealIds", sealIds)
                .setParameter("kind", kind).setParameter("statuses", statuses).getResultList();
    }

    public long countOfAccount(long accountId) {
        return em.createNamedQuery("SealOrder.countOfAccount", Long.class).setParameter("accountId", accountId)
                .getSingleResult();
    }
}
