package org.sealdesk.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;

/** One SMS verification code sent to a number: stored as a keyed hash, single use, few tries. */
@Entity
@Table(name = "sms_code")
@NamedQuery(name = "SmsCode.latest",
        query = "SELECT c FROM SmsCode c WHERE c.mobile = :mobile AND c.purpose = :purpose ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = "SmsCode.sentToNumberSince",
        query = "SELECT c FROM SmsCode c WHERE c.mobile = :mobile AND c.createdAt > :since")
@NamedQuery(name = "SmsCode.sentFromIpSince",
        query = "SELECT c FROM SmsCode c WHERE c.requesterIp = :ip AND c.createdAt > :since")
public class SmsCode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_code_seq")
    @SequenceGenerator(name = "sms_code_seq", sequenceName = "sms_code_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SmsPurpose purpose;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "requester_ip", nullable = false, length = 45)
    private String requesterIp;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "failed_tries", nullable = false)
    private int failedTries;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Version
    private long version;

    protected SmsCode() {
    }

    public SmsCode(MobileNumber mobile, SmsPurpose purpose, String codeHash, String requesterIp, Instant now,
            SmsLimits limits) {
        this.mobile = mobile.value();
        this.purpose = purpose;
        this.codeHash = codeHash;
        this.requesterIp = requesterIp;
        this.createdAt = Utc.of(now);
        this.expiresAt = Utc.of(now.plus(limits.validity()));
    }

    /**
     * Uses the code if {@code candidateHash} matches; otherwise counts the try and refuses.
     * Every refusal names its reason so the page can tell the applicant what to do.
     */
    public void redeem(String candidateHash, Instant now, int maxTries) {
        check(candidateHash, now, maxTries);
        usedAt = Utc.of(now);
    }

    /** The checks of {@link #redeem}, a wrong try counted, leaving the code unused (for codes used together). */
    public void check(String candidateHash, Instant now, int maxTries) {
        if (usedAt != null) {
            throw new RuleViolation("sms.code.used");
        }
        if (!now.isBefore(expiresAt.toInstant())) {
            throw new RuleViolation("sms.code.expired");
        }
        if (failedTries >= maxTries) {
            throw new RuleViolation("sms.code.tooManyTries");
        }
        if (!MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                candidateHash.getBytes(StandardCharsets.US_ASCII))) {
            failedTries++;
            int left = maxTries - failedTries;
            throw left > 0 ? new RuleViolation("sms.code.wrong", left) : new RuleViolation("sms.code.tooManyTries");
        }
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Instant getExpiresAt() {
        return Utc.instant(expiresAt);
    }

    public int getFailedTries() {
        return failedTries;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
