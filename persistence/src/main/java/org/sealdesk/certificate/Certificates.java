package org.sealdesk.certificate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.sealdesk.common.Utc;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    /**
     * A line of a CRL: a revoked certificate with its reason and time, or one on hold since it was signed (reason
     * null, which CRLs write as certificateHold).
     */
    public record Revoked(String serial, RevocationReason reason, Instant since) {
    }

    /**
     * What the issuing CA's CRL lists: its unexpired certificates that are revoked, or on hold (shipped, receipt not
     * confirmed), by serial.
     */
    public List<Revoked> onRevocationList(String issuerCa, Instant now) {
        return em.createNamedQuery("Certificate.onRevocationList", Object[].class).setParameter("issuerCa", issuerCa)
                .setParameter("now", Utc.of(now)).getResultStream().map(row -> row[1] == CertificateStatus.REVOKED
                        ? new Revoked((String) row[0], (RevocationReason) row[2], ((OffsetDateTime) row[3]).toInstant())
                        : new Revoked((String) row[0], null, ((OffsetDateTime) row[4]).toInstant())).toList();
    }

    /** The certificates of one production attempt of an order, in the order they were recorded. */
    public List<Certificate> ofAttempt(long orderId, int attempt) {
        return em.createNamedQuery("Certificate.ofAttempt", Certificate.class).setParameter("orderId", orderId)
                .setParameter("attempt", attempt).getResultList();
    }
}
