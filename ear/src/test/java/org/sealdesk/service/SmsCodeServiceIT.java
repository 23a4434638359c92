package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.sms.SmsPurpose;

/** SMS codes in the container: a code is good for five minutes, and the clock is moved rather than waited for. */
@ExtendWith(ArquillianExtension.class)
class SmsCodeServiceIT {

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
    void aCodeOlderThanFiveMinutesIsRefusedAndTheNumberStaysUnregistered() {
        MobileNumber mobile = new MobileNumber("13912345" + String.format("%03d", (int) (Math.random() * 1000)));
        accounts.requestCode(mobile, SmsPurpose.REGISTER);
        String code = Applicants.latestCode(mobile);
        TestClock.advance(Duration.ofMinutes(5).plusSeconds(1));
        RuleViolation expired = assertThrows(RuleViolation.class, () -> accounts.register(mobile, code, Applicants.PASSWORD));
        assertEquals("sms.code.expired", expired.messageKey());
        accounts.requestCode(mobile, SmsPurpose.REGISTER); // still free to register
    }
}
