package org.sealdesk.payment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Where payment attempts are found: each lookup written once. */
public final class Payments {

    private final EntityManager em;

    public Payments(EntityManager em) {
        this.em = em;
    }

    /** The order's attempts, oldest first. */
    public List<Payment> ofOrder(long orderId) {
        return em.createNamedQuery("Payment.ofOrder", Payment.class).setParameter("orderId", orderId).getResultList();
    }

    public List<Payment> ofOrder(long orderId, PaymentStatus status) {
        return ofOrder(orderId).stream().filter(payment -> payment.getStatus() == status).toList();
    }

    public Optional<Payment> byTradeNo(String outTradeNo, LockModeType lock) {
        return em.createNamedQuery("Payment.byTradeNo", Payment.class).setParameter("outTradeNo", outTradeNo)
                .setLockMode(lock).getResultStream().findFirst();
    }
}
