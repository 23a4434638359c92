package org.sealdesk.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;
import org.sealdesk.identity.MobileNumber;

/** An applicant (经办人): signs in by mobile number, proves a real-name identity once. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byMobile", query = "SELECT a FROM Account a WHERE a.mobile = :mobile")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 11)
    private String mobile;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Embedded
    private SignInLock lock = new SignInLock();

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    @Column(name = "real_name", length = 50)
    private String realName;

    /** AES-256-GCM ciphertext of the ID-card number; the key lives in configuration. */
    @Column(name = "id_card_cipher", length = 200)
    private String idCardCipher;

    @Column(name = "id_card_masked", length = 18)
    private String idCardMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_check", length = 20)
    private IdentityCheck identityCheck;

    @Column(name = "identity_request_id", length = 64)
    private String identityRequestId;

    @Column(name = "identity_verified_at")
    private OffsetDateTime identityVerifiedAt;

    @Version
    private long version;

    protected Account() {
    }

    public static Account register(MobileNumber mobile, String passwordHash, Instant now) {
        Account account = new Account();
        account.mobile = mobile.value();
        account.passwordHash = passwordHash;
        account.createdAt = Utc.of(now);
        return account;
    }

    /** Throws while the account is locked after too many failed sign-ins. */
    public void ensureNotLocked(Instant now) {
        lock.ensureNotLocked(now, "signIn.locked");
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th locks the account for {@code lockout}.
     *
     * @return the tries left before the lock, 0 when this failure locked the account
     */
    public int recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
        return lock.recordFailure(now, maxFailures, lockout);
    }

    public void recordSignIn(Instant now) {
        ensureNotLocked(now);
        lock.clear();
        lastSignInAt = Utc.of(now);
    }

    /** A password reset by SMS code proves control of the number, so it also lifts a lock. */
    public void resetPassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        lock.clear();
    }

    /** 修改密码, the current one proven; a lock from failed sign-ins stays (the sign-in that proved it was earlier). */
    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
    }

    /** 更换手机号, both numbers proven by SMS codes: the account now signs in and confirms with {@code newMobile}. */
    public void changeMobile(MobileNumber newMobile) {
        mobile = newMobile.value();
    }

    /** @param requestId the provider's id of the check that passed; null for the built-in checksum check */
    public void verifyIdentity(String name, String idCardCipher, String idCardMasked, IdentityCheck check,
            String requestId, Instant now) {
        if (isIdentityVerified()) {
            throw new RuleViolation("realName.alreadyVerified");
        }
        this.realName = name;
        this.idCardCipher = idCardCipher;
        this.idCardMasked = idCardMasked;
        this.identityCheck = check;
        this.identityRequestId = requestId;
        this.identityVerifiedAt = Utc.of(now);
    }

    public boolean isIdentityVerified() {
        return identityVerifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public MobileNumber getMobile() {
        return new MobileNumber(mobile);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Instant getLockedUntil() {
        return lock.lockedUntil();
    }

    public Instant getLastSignInAt() {
        return Utc.instant(lastSignInAt);
    }

    public String getRealName() {
        return realName;
    }

    public String getIdCardCipher() {
        return idCardCipher;
    }

    public String getIdCardMasked() {
        return idCardMasked;
    }

    public IdentityCheck getIdentityCheck() {
        return identityCheck;
    }

    public String getIdentityRequestId() {
        return identityRequestId;
    }

    public Instant getIdentityVerifiedAt() {
        return Utc.instant(identityVerifiedAt);
    }
}
