package org.sealdesk.certificate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;
import org.sealdesk.order.SealType;

/**
 * A certificate the internal CA signs: recorded before signing (PENDING), then held until its ukey reaches the
 * holder, valid, or revoked with an RFC 5280 reason. Never deleted.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.bySerial", query = "SELECT c FROM Certificate c WHERE c.serial = :serial")
@NamedQuery(name = "Certificate.countByKey",
        query = "SELECT COUNT(c) FROM Certificate c WHERE c.publicKeySha256 = :publicKeySha256")
@NamedQuery(name = "Certificate.ofAttempt",
        query = "SELECT c FROM Certificate c WHERE c.orderId = :orderId AND c.attempt = :attempt ORDER BY c.id")
@NamedQuery(name = "Certificate.onRevocationList", query = "SELECT c.serial, c.status, c.revocationReason, c.revokedAt,"
        + " c.issuedAt FROM Certificate c WHERE c.issuerCa = :issuerCa AND c.notAfter > :now AND (c.status ="
        + " org.sealdesk.certificate.CertificateStatus.REVOKED OR c.status = org.sealdesk.certificate.CertificateStatus"
        + ".ON_HOLD) ORDER BY c.serial")
@NamedQuery(name = "Certificate.statusOf", query = "SELECT c.serial, c.status, c.revocationReason, c.revokedAt,"
        + " c.issuedAt FROM Certificate c WHERE c.issuerCa = :issuerCa AND c.serial = :serial")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 1)
    private Long id;

    /** Lower-case hex, as openssl prints it without colons. */
    @Column(nullable = false, unique = true, length = 40)
    private String serial;

    @Column(name = "issuer_ca", nullable = false, length = 30)
    private String issuerCa;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "not_before", nullable = false)
    private OffsetDateTime notBefore;

    @Column(name = "not_after", nullable = false)
    private OffsetDateTime notAfter;

    @Column(name = "key_algorithm", nullable = false, length = 20)
    private String keyAlgorithm;

    @Column(name = "public_key_sha256", nullable = false, unique = true, length = 64)
    private String publicKeySha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] der;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason", length = 30)
    private RevocationReason revocationReason;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "seal_type", nullable = false, length = 40)
    private SealType sealType;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    @Version
    private long version;

    protected Certificate() {
    }

    /** What the CA is about to sign, for one seal of one order's production attempt. */
    public record Request(String serial, String issuerCa, String subject, Instant notBefore, Instant notAfter,
            String keyAlgorithm, String publicKeySha256, long orderId, SealType sealType, int attempt) {
    }

    public static Certificate pending(Request request, Instant now) {
        Certificate certificate = new Certificate();
        certificate.serial = request.serial();
        certificate.issuerCa = request.issuerCa();
        certificate.subject = request.subject();
        certificate.notBefore = Utc.of(request.notBefore());
        certificate.notAfter = Utc.of(request.notAfter());
        certificate.keyAlgorithm = request.keyAlgorithm();
        certificate.publicKeySha256 = request.publicKeySha256();
        certificate.orderId = request.orderId();
        certificate.sealType = request.sealType();
        certificate.attempt = request.attempt();
        certificate.status = CertificateStatus.PENDING;
        certificate.createdAt = Utc.of(now);
        return certificate;
    }

    /** Signed: held until the applicant confirms receipt of the ukey. */
    public void signed(byte[] encoded, Instant now) {
        require(status == CertificateStatus.PENDING, "only a pending certificate is signed");
        der = encoded.clone();
        status = CertificateStatus.ON_HOLD;
        issuedAt = Utc.of(now);
    }

    /** The holder has the ukey: relying parties may trust the certificate. */
    public void release() {
        require(status == CertificateStatus.ON_HOLD, "only a certificate on hold is released");
        status = CertificateStatus.VALID;
    }

    /**
     * A renewal put a newer certificate in its place: it is not revoked (documents stamped with it keep verifying
     * until it expires), but it is no longer its seal's.
     */
    public void supersede(Instant now) {
        require(status == CertificateStatus.VALID && supersededAt == null, "only a current valid certificate is superseded");
        supersededAt = Utc.of(now);
    }

    /**
     * Revoked for good; revoking a revoked certificate changes nothing.
     *
     * @return whether this call revoked it
     */
    public boolean revoke(RevocationReason reason, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            return false;
        }
        status = CertificateStatus.REVOKED;
        revocationReason = reason;
        revokedAt = Utc.of(now);
        return true;
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalStateException(rule);
        }
    }

    /** When a renewal superseded it; null while it is its seal's current certificate. */
    public Instant getSupersededAt() {
        return supersededAt == null ? null : Utc.instant(supersededAt);
    }

    public Long getId() {
        return id;
    }

    public String getSerial() {
        return serial;
    }

    public String getIssuerCa() {
        return issuerCa;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getNotBefore() {
        return Utc.instant(notBefore);
    }

    public Instant getNotAfter() {
        return Utc.instant(notAfter);
    }

    public String getKeyAlgorithm() {
        return keyAlgorithm;
    }

    public String getPublicKeySha256() {
        return publicKeySha256;
    }

    /** DER; none while pending. */
    public byte[] getDer() {
        return der == null ? null : der.clone();
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public RevocationReason getRevocationReason() {
        return revocationReason;
    }

    public Instant getRevokedAt() {
        return revokedAt == null ? null : Utc.instant(revokedAt);
    }

    public long getOrderId() {
        return orderId;
    }

    public SealType getSealType() {
        return sealType;
    }

    public int getAttempt() {
        return attempt;
    }

    public Instant getIssuedAt() {
        return issuedAt == null ? null : Utc.instant(issuedAt);
    }
}
