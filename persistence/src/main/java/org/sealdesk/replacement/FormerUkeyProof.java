package org.sealdesk.replacement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/**
 * ukey 更换 (manual 1.2.6): one challenge for the former CA's ukey an applicant plugged in, answered once. Proven,
 * it keeps the ukey's certificate, from which the application is filled; refused, it keeps why. Kept in the
 * database, so any server can take the answer and none takes it twice.
 */
@Entity
@Table(name = "former_ukey_proof")
@NamedQuery(name = "FormerUkeyProof.countSince", query = "SELECT COUNT(p) FROM FormerUkeyProof p"
        + " WHERE p.accountId = :accountId AND p.issuedAt >= :since")
public class FormerUkeyProof {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "former_ukey_proof_seq")
    @SequenceGenerator(name = "former_ukey_proof_seq", sequenceName = "former_ukey_proof_seq", allocationSize = 1)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "ukey_serial", nullable = false, length = 64)
    private String ukeySerial;

    @Column(nullable = false, length = 32)
    private String nonce;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    /** The refusal's message key; null when proven or not answered yet. */
    @Column(length = 60)
    private String refusal;

    @Column(name = "certificate_der")
    private byte[] certificateDer;

    @Version
    private long version;

    protected FormerUkeyProof() {
    }

    public static FormerUkeyProof challenge(long accountId, String ukeySerial, String nonce, Instant now,
            Instant expires) {
        FormerUkeyProof proof = new FormerUkeyProof();
        proof.accountId = accountId;
        proof.ukeySerial = ukeySerial;
        proof.nonce = nonce;
        proof.issuedAt = Utc.of(now);
        proof.expiresAt = Utc.of(expires);
        return proof;
    }

    /**
     * The ukey signed the challenge with the key of {@code certificateDer}, a certificate the former CA stands behind.
     *
     * @throws RuleViolation replacement.challengeUsed, replacement.challengeExpired
     */
    public void proven(byte[] certificateDer, Instant now) {
        answer(now);
        this.certificateDer = certificateDer.clone();
    }

    /**
     * The answer did not hold, for {@code reason} (a message key).
     *
     * @throws RuleViolation replacement.challengeUsed, replacement.challengeExpired
     */
    public void refused(String reason, Instant now) {
        answer(now);
        this.refusal = reason;
    }

    private void answer(Instant now) {
        requireOpen(now);
        answeredAt = Utc.of(now);
    }

    /**
     * Not answered yet, and not expired: a challenge is answered once, within its ticket's life.
     *
     * @throws RuleViolation replacement.challengeUsed, replacement.challengeExpired
     */
    public void requireOpen(Instant now) {
        if (answeredAt != null) {
            throw new RuleViolation("replacement.challengeUsed");
        }
        if (now.isAfter(expiresAt.toInstant())) {
            throw new RuleViolation("replacement.challengeExpired");
        }
    }

    public boolean isProven() {
        return certificateDer != null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getUkeySerial() {
        return ukeySerial;
    }

    public String getNonce() {
        return nonce;
    }

    public Instant getExpiresAt() {
        return expiresAt.toInstant();
    }

    public String getRefusal() {
        return refusal;
    }

    public byte[] getCertificateDer() {
        return certificateDer == null ? null : certificateDer.clone();
    }
}
