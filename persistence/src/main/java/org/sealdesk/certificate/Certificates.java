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
     * Where a certificate stands, as CRLs and OCSP tell it: revoked with its reason and time, on hold since it was
     * signed (reason null: certificateHold), valid, or pending (signed perhaps, never handed out).
     */
    public record Status(String serial, CertificateStatus status, RevocationReason reason, Instant since) {

        /** RFC 5280 CRLReason certificateHold. */
        static final int CERTIFICATE_HOLD = 6;

        /** The RFC 5280 reason code a CRL or OCSP gives a revoked or held certificate. */
        public int reasonCode() {
            return status == CertificateStatus.ON_HOLD ? CERTIFICATE_HOLD : reason.code();
        }
    }

    /**
     * What the issuing CA's CRL lists: its unexpired certificates that are revoked, or on hold (shipped, receipt not
     * confirmed), by serial.
     */
    public List<Status> onRevocationList(String issuerCa, Instant now) {
        return em.createNamedQuery("Certificate.onRevocationList", Object[].class).setParameter("issuerCa", issuerCa)
                .setParameter("now", Utc.of(now)).getResultStream().map(Certificates::status).toList();
    }

    /** Where the certificate {@code serial} (lower-case hex) of the issuing CA stands, if that CA ever recorded it. */
    public Optional<Status> statusOf(String issuerCa, String serial) {
        return em.createNamedQuery("Certificate.statusOf", Object[].class).setParameter("issuerCa", issuerCa)
                .setParameter("serial", serial).getResultStream().findFirst().map(Certificates::status);
    }

    /** A row of serial, status, reason, revoked at, issued at. */
    private static Status status(Object[] row) {
        CertificateStatus status = (CertificateStatus) row[1];
        OffsetDateTime since = (OffsetDateTime) (status == CertificateStatus.REVOKED ? row[3] : row[4]);
        return new Status((String) row[0], status, (RevocationReason) row[2], since == null ? null : since.toInstant());
    }

    /** The certificates of one production attempt of an order, in the order they were recorded. */
    public List<Certificate> ofAttempt(long orderId, int attempt) {
        return em.createNamedQuery("Certificate.ofAttempt", Certificate.class).setParameter("orderId", orderId)
                .setParameter("attempt", attempt).getResultList();
    }
}
