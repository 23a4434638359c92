package org.sealdesk.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.audit.Origin;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.identity.PersonName;
import org.sealdesk.sms.PresentedCode;
import org.sealdesk.sms.SentCode;
import org.sealdesk.sms.SmsGateway;
import org.sealdesk.sms.SmsCodeService;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.staff.Roles;

/** Applicant accounts: registration, the two ways to sign in, password reset and real-name verification. */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.STAFF, Roles.ADMIN, Roles.REVIEWER, Roles.PRODUCER, Roles.SHIPPER, Roles.FINANCE})
public class AccountService {

    public static final String APPLICANT = Roles.APPLICANT;
    private static final Set<SmsPurpose> VISITOR_PURPOSES = EnumSet.of(SmsPurpose.REGISTER, SmsPurpose.SIGN_IN,
            SmsPurpose.RESET_PASSWORD);
    static final String ID_CARD_CONTEXT = "account.id-card";
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** Compared against when the number is unknown, so timing does not reveal registered numbers. */
    private static final String UNKNOWN_ACCOUNT_HASH = PasswordHash.of("no account has this password 0");

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Origin origin;

    @Inject
    SmsCodeService smsCodes;

    @Inject
    IdentityChecks identityChecks;

    @Inject
    DataCipher cipher;

    @Inject
    SignInThrottle throttle;

    @Inject
    SmsGateway sms;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "sealdesk.sign-in.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "sealdesk.sign-in.lockout", defaultValue = "PT15M")
    Duration lockout;

    /** Sends a code for {@code purpose}, refusing numbers that cannot use it. */
    @PermitAll
    public SentCode requestCode(MobileNumber mobile, SmsPurpose purpose) {
        if (!VISITOR_PURPOSES.contains(purpose)) {
            throw new IllegalArgumentException(purpose + " codes go only to a signed-in applicant, by its own method");
        }
        boolean registered = findByMobile(mobile).isPresent();
        if (purpose == SmsPurpose.REGISTER && registered) {
            throw new RuleViolation("register.mobileTaken");
        }
        if (purpose != SmsPurpose.REGISTER && !registered) {
            throw new RuleViolation("signIn.notRegistered");
        }
        return smsCodes.send(mobile, purpose, origin.source());
    }

    @PermitAll
    public long register(MobileNumber mobile, String code, String password) {
        PasswordPolicy.check(password);
        if (findByMobile(mobile).isPresent()) {
            throw new RuleViolation("register.mobileTaken");
        }
        smsCodes.redeem(mobile, SmsPurpose.REGISTER, code);
        Account account = Account.register(mobile, PasswordHash.of(password), clock.instant());
        em.persist(account);
        em.flush();
        LOG.info(() -> "Registered applicant " + account.getId() + " (" + mobile.masked() + ")");
        return account.getId();
    }

    /**
     * @param address where the attempt comes from, for the limits checked before the password is hashed
     * @return the account id, to become the session's caller
     */
    @PermitAll
    public long signInWithPassword(MobileNumber mobile, String password) {
        throttle.admit(mobile.value(), origin.source());
        Instant now = clock.instant();
        Optional<Account> found = findByMobile(mobile);
        if (found.isEmpty()) {
            PasswordHash.matches(password, UNKNOWN_ACCOUNT_HASH);
            throw new RuleViolation("signIn.badCredentials");
        }
        Account account = found.get();
        account.ensureNotLocked(now);
        if (!PasswordHash.matches(password, account.getPasswordHash())) {
            int left = account.recordFailedSignIn(now, maxFailures, lockout);
            LOG.warning(() -> "Failed sign-in for applicant " + account.getId() + ", " + left + " tries left");
            throw left > 0 ? new RuleViolation("signIn.badPassword", left)
                    : new RuleViolation("signIn.locked", account.getLockedUntil());
        }
        account.recordSignIn(now);
        return account.getId();
    }

    @PermitAll
    public long signInWithSmsCode(MobileNumber mobile, String code) {
        Account account = findByMobile(mobile).orElseThrow(() -> new RuleViolation("signIn.notRegistered"));
        account.ensureNotLocked(clock.instant());
        smsCodes.redeem(mobile, SmsPurpose.SIGN_IN, code);
        account.recordSignIn(clock.instant());
        return account.getId();
    }

    @PermitAll
    public void resetPassword(MobileNumber mobile, String code, String newPassword) {
        PasswordPolicy.check(newPassword);
        Account account = findByMobile(mobile).orElseThrow(() -> new RuleViolation("signIn.notRegistered"));
        smsCodes.redeem(mobile, SmsPurpose.RESET_PASSWORD, code);
        account.resetPassword(PasswordHash.of(newPassword));
        LOG.info(() -> "Applicant " + account.getId() + " reset the password by SMS code");
    }

    /**
     * 修改密码: the current password proves the holder is at the keyboard; wrong tries count towards the same lock
     * as failed sign-ins, so a session left open cannot be used to guess it.
     *
     * @throws RuleViolation validation.password.weak at newPassword; account.password.wrong or signIn.locked at
     *         currentPassword
     */
    @RolesAllowed(APPLICANT)
    public void changePassword(String currentPassword, String newPassword) {
        PasswordPolicy.check(newPassword);
        Account account = caller();
        Instant now = clock.instant();
        account.ensureNotLocked(now);
        if (!PasswordHash.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            int left = account.recordFailedSignIn(now, maxFailures, lockout);
            audit.refused(actor(account), "account.password.change", null, left + " tries left");
            throw (left > 0 ? new RuleViolation("account.password.wrong", left)
                    : new RuleViolation("signIn.locked", account.getLockedUntil())).about("currentPassword");
        }
        account.changePassword(PasswordHash.of(newPassword));
        sms.sendPasswordChanged(account.getMobile());
        audit.success(actor(account), "account.password.change", null, null);
    }

    /** The code that proves the signed-in applicant still holds the number they want to leave. */
    @RolesAllowed(APPLICANT)
    public SentCode requestCodeForCurrentMobile() {
        return smsCodes.send(caller().getMobile(), SmsPurpose.CHANGE_MOBILE, origin.source());
    }

    /** The code that proves the applicant holds the new number; a number with an account of its own is refused. */
    @RolesAllowed(APPLICANT)
    public SentCode requestCodeForNewMobile(MobileNumber newMobile) {
        caller();
        refuseTaken(newMobile);
        return smsCodes.send(newMobile, SmsPurpose.NEW_MOBILE, origin.source());
    }

    /**
     * 更换手机号: the number signs in and confirms cancelling seals, so moving to another needs a code sent to each.
     *
     * @throws RuleViolation sms.code.* at currentCode (the old number's) or code (the new one's), register.mobileTaken
     *         at mobile (the new number)
     */
    @RolesAllowed(APPLICANT)
    public void changeMobile(String currentCode, MobileNumber newMobile, String newCode) {
        Account account = caller();
        MobileNumber old = account.getMobile();
        refuseTaken(newMobile);
        smsCodes.redeemTogether(List.of(new PresentedCode(old, SmsPurpose.CHANGE_MOBILE, currentCode, "currentCode"),
                new PresentedCode(newMobile, SmsPurpose.NEW_MOBILE, newCode, "code")));
        account.changeMobile(newMobile);
        sms.sendMobileChanged(old, newMobile);
        audit.success(actor(account), "account.mobile.change", null, old.masked() + " → " + newMobile.masked());
    }

    private void refuseTaken(MobileNumber mobile) {
        if (findByMobile(mobile).isPresent()) {
            throw new RuleViolation("register.mobileTaken").about("mobile");
        }
    }

    private static String actor(Account account) {
        return String.valueOf(account.getId());
    }

    @RolesAllowed(APPLICANT)
    public ApplicantView currentApplicant() {
        return ApplicantView.of(caller());
    }

    @RolesAllowed(APPLICANT)
    public ApplicantView verifyIdentity(PersonName name, IdCardNumber number) {
        Account account = caller();
        if (account.isIdentityVerified()) {
            throw new RuleViolation("realName.alreadyVerified");
        }
        IdentityVerifier.Verification passed = identityChecks.check(account, name, number);
        Instant now = clock.instant();
        account.verifyIdentity(name.value(), cipher.encrypt(number.value(), ID_CARD_CONTEXT), number.masked(),
                passed.check(), passed.requestId(), now);
        LOG.info(() -> "Applicant " + account.getId() + " verified a real-name identity (" + passed.check()
                + (passed.requestId() == null ? "" : ", provider request " + passed.requestId()) + ")");
        return ApplicantView.of(account);
    }

    /** The signed-in applicant's account, for services acting on their behalf in the same transaction. */
    @RolesAllowed(APPLICANT)
    public Account signedIn() {
        return caller();
    }

    private Account caller() {
        long id = Long.parseLong(session.getCallerPrincipal().getName());
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RuleViolation("signIn.notRegistered");
        }
        return account;
    }

    private Optional<Account> findByMobile(MobileNumber mobile) {
        return em.createNamedQuery("Account.byMobile", Account.class).setParameter("mobile", mobile.value())
                .getResultStream().findFirst();
    }
}
