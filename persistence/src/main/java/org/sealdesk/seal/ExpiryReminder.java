package org.sealdesk.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/**
 * That a certificate's holder was reminded {@code daysBefore} days ahead of its expiry. One per certificate and
 * step: the primary key keeps a second reminder out, across servers and restarts.
 */
@Entity
@Table(name = "expiry_reminder")
@IdClass(ExpiryReminder.Key.class)
@NamedQuery(name = "ExpiryReminder.due", query = "SELECT s FROM Seal s, org.sealdesk.certificate.Certificate c"
        + " WHERE c.id = s.certificateId AND s.status = org.sealdesk.seal.SealStatus.ACTIVE"
        + " AND c.status = org.sealdesk.certificate.CertificateStatus.VALID"
        + " AND s.validTo > :now AND s.validTo <= :until AND NOT EXISTS (SELECT r FROM ExpiryReminder r"
        + " WHERE r.certificateId = s.certificateId AND r.daysBefore <= :daysBefore)"
        + " ORDER BY s.ownerAccountId, s.validTo, s.id")
public class ExpiryReminder {

    /** The primary key: certificate and step. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long certificateId;
        private int daysBefore;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.certificateId == certificateId && key.daysBefore == daysBefore;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(certificateId) * 31 + daysBefore;
        }
    }

    @Id
    @Column(name = "certificate_id")
    private long certificateId;

    @Id
    @Column(name = "days_before")
    private int daysBefore;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected ExpiryReminder() {
    }

    public ExpiryReminder(long certificateId, int daysBefore, Instant sentAt) {
        this.certificateId = certificateId;
        this.daysBefore = daysBefore;
        this.sentAt = Utc.of(sentAt);
    }

    public long getCertificateId() {
        return certificateId;
    }

    public int getDaysBefore() {
        return daysBefore;
    }
}
