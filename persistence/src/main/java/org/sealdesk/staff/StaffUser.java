package org.sealdesk.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.sealdesk.account.SignInLock;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/**
 * A platform staff member: signs in with username, password and a TOTP code from an
 * authenticator app. The TOTP secret is stored encrypted; until the member confirms a first code
 * (enrolment) the secret is only pending.
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = "StaffUser.byUsername", query = "SELECT s FROM StaffUser s WHERE s.username = :username")
@NamedQuery(name = "StaffUser.all", query = "SELECT s FROM StaffUser s ORDER BY s.username")
public class StaffUser {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    /** AES-GCM ciphertext of the Base32 TOTP secret. */
    @Column(name = "totp_secret_cipher", length = 200)
    private String totpSecretCipher;

    @Column(name = "totp_enrolled", nullable = false)
    private boolean totpEnrolled;

    /** The last accepted TOTP time step: a code works once. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Embedded
    private SignInLock lock = new SignInLock();

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public static StaffUser create(String username, String displayName, String passwordHash,
            Collection<StaffRole> roles, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("staff.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 60) {
            throw new RuleViolation("staff.displayName.required");
        }
        StaffUser user = new StaffUser();
        user.username = username;
        user.displayName = displayName.strip();
        user.passwordHash = passwordHash;
        user.createdAt = Utc.of(now);
        user.assignRoles(roles);
        return user;
    }

    public void assignRoles(Collection<StaffRole> assigned) {
        if (assigned == null || assigned.isEmpty()) {
            throw new RuleViolation("staff.roles.required");
        }
        roles.clear();
        roles.addAll(assigned);
    }

    /** Throws unless this member may try to sign in now. */
    public void ensureMaySignIn(Instant now) {
        if (disabled) {
            throw new RuleViolation("staff.signIn.disabled");
        }
        lock.ensureNotLocked(now, "staff.signIn.locked");
    }

    public int recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
        return lock.recordFailure(now, maxFailures, lockout);
    }

    /** A TOTP code of time step {@code step} was accepted: refuses a step already used. */
    public void recordSignIn(long step, Instant now) {
        if (step <= totpLastStep) {
            throw new RuleViolation("staff.totp.reused");
        }
        totpLastStep = step;
        totpEnrolled = true;
        lock.clear();
        lastSignInAt = Utc.of(now);
    }

    /** A new secret to enrol (first sign-in, or after an administrator's reset). */
    public void startTotpEnrolment(String secretCipher) {
        totpSecretCipher = secretCipher;
        totpEnrolled = false;
        totpLastStep = 0;
    }

    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
    }

    public void disable() {
        disabled = true;
    }

    public void enable() {
        disabled = false;
        lock.clear();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public String getTotpSecretCipher() {
        return totpSecretCipher;
    }

    public boolean isTotpEnrolled() {
        return totpEnrolled;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isLocked(Instant now) {
        return lock.isLocked(now);
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Instant getLastSignInAt() {
        return Utc.instant(lastSignInAt);
    }
}
