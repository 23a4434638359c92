package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.it.ExpectedServerLog;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.web.Caller;

/** 账户安全: a signed-in applicant changes the password with the current one, the number with a code to each. */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityServiceIT {

    private static final String NEW_PASSWORD = "Stamp2027desk";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    AccountService accounts;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentOneAndWrongTriesCountTowardsTheLock() {
        Applicants.signedInAndVerified("冯二二");
        MobileNumber mobile = accounts.signedIn().getMobile();

        RuleViolation wrong = assertThrows(RuleViolation.class, () -> accounts.changePassword("Wrong2026pass", NEW_PASSWORD));
        assertEquals("account.password.wrong", wrong.messageKey());
        assertEquals("currentPassword", wrong.field());
        assertEquals(9, wrong.arguments()[0], "the same ten tries as signing in");
        assertEquals("validation.password.weak",
                assertThrows(RuleViolation.class, () -> accounts.changePassword(Applicants.PASSWORD, "short")).messageKey());

        accounts.changePassword(Applicants.PASSWORD, NEW_PASSWORD);
        assertTrue(Applicants.latestMessage(mobile).contains("您的账户登录密码已修改。如非本人操作"),
                Applicants.latestMessage(mobile));
        assertEquals("signIn.badPassword", assertThrows(RuleViolation.class,
                () -> accounts.signInWithPassword(mobile, Applicants.PASSWORD)).messageKey());
        accounts.signInWithPassword(mobile, NEW_PASSWORD);
    }

    @Test
    @ExpectedServerLog("CHANGE_MOBILE codes go only to a signed-in applicant")
    void theNumberChangesWithACodeToEachNumberAndOnlyToANumberNoAccountHolds() {
        long taken = Applicants.signedInAndVerified("陈二三");
        MobileNumber takenMobile = accounts.signedIn().getMobile();
        long account = Applicants.signedInAndVerified("褚二四");
        MobileNumber old = accounts.signedIn().getMobile();
        MobileNumber fresh = new MobileNumber("137" + String.format("%08d", taken % 100_000_000));
        TestClock.advance(Duration.ofMinutes(1)); // past the wait after the registration code

        assertEquals("register.mobileTaken", assertThrows(RuleViolation.class,
                () -> accounts.requestCodeForNewMobile(takenMobile)).messageKey());
        assertThrows(EJBException.class, () -> accounts.requestCode(old, SmsPurpose.CHANGE_MOBILE),
                "a stranger cannot have change codes sent to someone's number");
        accounts.requestCodeForCurrentMobile();
        String currentCode = Applicants.latestCode(old);
        accounts.requestCodeForNewMobile(fresh);
        String newCode = Applicants.latestCode(fresh);

        RuleViolation swapped = assertThrows(RuleViolation.class, () -> accounts.changeMobile(newCode, fresh, currentCode));
        assertEquals("currentCode", swapped.field(), "each code belongs to its own number: " + swapped.messageKey());
        RuleViolation wrongNew = assertThrows(RuleViolation.class, () -> accounts.changeMobile(currentCode, fresh, "000000"));
        assertEquals("code", wrongNew.field());
        assertEquals("sms.code.wrong", wrongNew.messageKey(), "and the right current code was not spent on it");
        accounts.changeMobile(currentCode, fresh, newCode);
        assertTrue(Applicants.latestMessage(old).contains("您的账户绑定手机号已更换为" + fresh.masked()),
                "the number left is told: " + Applicants.latestMessage(old));

        assertEquals(fresh, accounts.signedIn().getMobile());
        assertEquals("signIn.badCredentials", assertThrows(RuleViolation.class,
                () -> accounts.signInWithPassword(old, Applicants.PASSWORD)).messageKey());
        assertEquals(account, accounts.signInWithPassword(fresh, Applicants.PASSWORD));
        Callers.signIn(Caller.applicant(account));
    }
}
