package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.AccountService;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.seal.ExpiryReminderJob;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;
import org.sealdesk.service.clock.TestClock;

/**
 * Expiry reminders (issue 19) under a test clock: 60, 30 and 7 days before the certificate ends, each once however
 * often the job runs; none before the first step, none once it has expired, none for a certificate on hold.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryReminderServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    ExpiryReminderJob job;

    @Inject
    SealService seals;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void eachStepIsTextedOnceWithTheRenewalLink() throws Exception {
        Applicants.signedInAndVerified("窦二十一");
        MobileNumber mobile = CDI.current().select(AccountService.class).get().signedIn().getMobile();
        String number = Orders.producedPersonalOrder("窦二十一", "SW-REMIND-1");
        SealView seal = seals.ofOrder(number).get(0);
        Instant end = seal.validTo();

        moveTo(end.minus(Duration.ofDays(59)));
        assertEquals(List.of(), remindersTo(mobile), "a certificate on hold (ukey not received) is not reminded");

        Orders.receiptConfirmed(seal, number);
        moveTo(end.minus(Duration.ofDays(61)));
        assertEquals(List.of(), remindersTo(mobile), "61 days ahead: before the first step");
        moveTo(end.minus(Duration.ofDays(59)));
        List<String> sixty = remindersTo(mobile);
        assertEquals(1, sixty.size(), sixty.toString());
        assertTrue(sixty.get(0).contains("您的个人签名章（窦二十一）的证书将于") && sixty.get(0).contains("天），到期后不能用于投标签章")
                && sixty.get(0).contains("/account/seals.xhtml办理续期"), sixty.get(0));
        assertEquals("near", seals.ofOrder(number).get(0).expiry(), "the seal page colours the days left");
        moveTo(end.minus(Duration.ofDays(40)));
        assertEquals(1, remindersTo(mobile).size(), "the 60-day reminder once");

        moveTo(end.minus(Duration.ofDays(25)));
        List<String> thirty = remindersTo(mobile);
        assertEquals(2, thirty.size(), thirty.toString());
        assertEquals("soon", seals.ofOrder(number).get(0).expiry());
        moveTo(end.minus(Duration.ofDays(3)));
        assertEquals(3, remindersTo(mobile).size(), "the 7-day reminder");
        assertTrue(remindersTo(mobile).get(0).contains("剩余3天"), remindersTo(mobile).get(0));
        assertEquals("urgent", seals.ofOrder(number).get(0).expiry());
        moveTo(end.plus(Duration.ofDays(1)));
        assertEquals(3, remindersTo(mobile).size(), "nothing once expired, nothing twice");
    }

    /** The clock at {@code instant}, then the job run twice, as two servers or two due times would. */
    private void moveTo(Instant instant) {
        TestClock.advance(Duration.between(TestClock.now(), instant));
        job.run();
        job.run();
    }

    private static List<String> remindersTo(MobileNumber mobile) {
        return Applicants.messagesTo(mobile).filter(text -> text.contains("办理续期")).toList();
    }
}
