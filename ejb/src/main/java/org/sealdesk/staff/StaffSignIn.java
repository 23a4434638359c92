package org.sealdesk.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.account.PasswordHash;
import org.sealdesk.account.SignInThrottle;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.audit.Origin;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;

/**
 * Staff sign-in: username, password and a TOTP code. A member without a confirmed authenticator is
 * shown a secret to enrol and signs in with its first code. Every attempt is audited; repeated
 * failures lock the member for a while. Failures say only that the sign-in failed.
 */
@Stateless
@PermitAll
public class StaffSignIn {

    static final String SECRET_CONTEXT = "staff.totp";
    public static final String TOTP_ISSUER = "SealDesk";
    /** Staff usernames are counted apart from applicants' mobile numbers. */
    private static final String STAFF_NAME_PREFIX = "staff:";
    private static final String UNKNOWN_USER_HASH = PasswordHash.of("no such staff member");

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Origin origin;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.staff.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "sealdesk.staff.lockout", defaultValue = "PT15M")
    Duration lockout;

    /**
     * @param code the authenticator's code; may be empty for a member who has not enrolled yet,
     *     who then gets the secret to enrol instead of a session
     */
    public StaffMember signIn(String username, String password, String code) {
        String name = username == null ? "" : username.strip();
        throttle.admit(STAFF_NAME_PREFIX + name, origin.source());
        Instant now = clock.instant();
        StaffUser user = em.createNamedQuery("StaffUser.byUsername", StaffUser.class).setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (user == null) {
            PasswordHash.matches(password == null ? "" : password, UNKNOWN_USER_HASH);
            audit.refused(name.isEmpty() ? "-" : truncated(name), "staff.signIn", null, "unknown user");
            throw new RuleViolation("staff.signIn.failed");
        }
        try {
            user.ensureMaySignIn(now);
        } catch (RuleViolation refused) {
            audit.refused(name, "staff.signIn", null, user.isDisabled() ? "disabled" : "locked");
            throw refused;
        }
        if (password == null || !PasswordHash.matches(password, user.getPasswordHash())) {
            throw failed(user, now, "wrong password");
        }
        if (user.getTotpSecretCipher() == null) {
            user.startTotpEnrolment(cipher.encrypt(Totp.newSecret(), SECRET_CONTEXT));
        }
        String secret = cipher.decrypt(user.getTotpSecretCipher(), SECRET_CONTEXT);
        if (!user.isTotpEnrolled() && (code == null || code.isBlank())) {
            return new StaffMember(name, user.getDisplayName(), user.getRoles(), secret,
                    Totp.enrolmentUri(TOTP_ISSUER, name, secret));
        }
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw failed(user, now, "wrong TOTP code");
        }
        try {
            user.recordSignIn(step.getAsLong(), now);
        } catch (RuleViolation reused) {
            throw failed(user, now, "TOTP code used before");
        }
        audit.success(name, "staff.signIn", null, "roles " + user.getRoles());
        return new StaffMember(name, user.getDisplayName(), user.getRoles(), null, null);
    }

    private RuleViolation failed(StaffUser user, Instant now, String why) {
        int left = user.recordFailedSignIn(now, maxFailures, lockout);
        audit.refused(user.getUsername(), "staff.signIn", null, why + (left == 0 ? ", now locked" : ""));
        return left == 0 ? new RuleViolation("staff.signIn.locked", now.plus(lockout)) : new RuleViolation("staff.signIn.failed");
    }

    private static String truncated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60);
    }
}
