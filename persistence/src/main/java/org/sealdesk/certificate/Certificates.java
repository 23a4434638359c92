package org.sealdesk.certificate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Where certificates are found: each lookup written once. */
public final class Certificates {

    private final EntityManager em;

    public Certificates(EntityManager em) {
        this.em = em;
    }

    public Optional<Certificate> bySerial(String serial, LockModeType lock) {
        return em.createNamedQuery("Certificate.bySerial", Certificate.class).setParameter("serial", serial)
                .setLockMode(lock).getResultStream().findFirst();
    }

    /** Whether a certificate (in any status) was ever made for this public key. */
    public boolean certifiedBefore(String publicKeySha256) {
        return em.createNamedQuery("Certificate.countByKey", Long.class)
                .setParameter("publicKeySha256", publicKeySha256).getSingleResult() > 0;
    }

    /** The certificates of one production attempt of an order, in the order they were recorded. */
    public List<Certificate> ofAttempt(long orderId, int attempt) {
        return em.createNamedQuery("Certificate.ofAttempt", Certificate.class).setParameter("orderId", orderId)
                .setParameter("attempt", attempt).getResultList();
    }
}
