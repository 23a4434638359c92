package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.token.TicketException;
import org.sealdesk.token.Token;
import org.sealdesk.token.TokenError;
import org.sealdesk.token.TokenException;
import org.sealdesk.ukey.Ukey;
import org.sealdesk.ukey.Ukeys;
import org.sealdesk.unlock.UnlockService;
import org.sealdesk.web.Caller;

/**
 * 解锁 (manual 1.3.5) in the container, with the holder's software ukey whose PIN was locked by wrong tries: paid,
 * the connector redeems the UNLOCK ticket, the PIN is 12345678 again and the server keeps only the new SO PIN, which
 * is the ukey's. An expired ticket and a replayed one are refused by the connector; a finished order is not run twice.
 */
@ExtendWith(ArquillianExtension.class)
class UnlockServiceIT {

    private static final String ORIGIN = "https://seal.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    UnlockService unlocking;

    @Inject
    SealService seals;

    @Inject
    OrderService orders;

    @Inject
    ProductionService production;

    @Inject
    TicketKey ticketKey;

    @Inject
    Ukeys ukeys;

    @Inject
    DataCipher cipher;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aLockedUkeyIsUnlockedOnceWithTheServersSoPin() throws Exception {
        long applicant = Applicants.signedInAndVerified("锁二十一");
        String produced = Orders.approved(Orders.submittedPersonalOrder("锁二十一"));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.produce(produced, "SW-UNLOCK-1", "personal");
            Callers.signIn(Caller.applicant(applicant));
            SealView seal = seals.ofOrder(produced).get(0);
            while (!ukey.info().pin().locked()) {
                assertThrows(TokenException.class, () -> ukey.verifyPin("000000".toCharArray()));
            }
            assertEquals(TokenError.PIN_LOCKED, assertThrows(TokenException.class,
                    () -> ukey.verifyPin(connector.userPin().toCharArray())).error(), "even the right PIN now");

            assertEquals(seal.ukeySerial(), unlocking.offer(seal.esId()).ukeySerial());
            String number = unlocking.order(seal.esId());
            assertEquals("heldSeal.notAwaiting", assertThrows(RuleViolation.class, () -> unlocking.start(number))
                    .messageKey(), "unpaid");
            Orders.paid(number);
            assertEquals(OrderStatus.AWAITING_ONLINE_UPDATE, orders.find(number).status());

            UnlockService.Started first = unlocking.start(number);
            String late = unlocking.ticket(number, first.attempt(), connector.exchangeKey());
            TestClock.advance(Duration.ofMinutes(3));
            assertEquals(TicketException.Reason.EXPIRED, assertThrows(TicketException.class,
                    () -> connector.redeemAgain(late, ukey)).reason(), "a ticket kept past its two minutes");
            assertTrue(ukey.info().pin().locked(), "nothing happened");

            String used = connector.unlock(unlocking, number, ukey);
            assertDoesNotThrow(() -> ukey.verifyPin(Token.DEFAULT_USER_PIN.toCharArray()), "the manual's PIN");
            assertEquals(OrderStatus.COMPLETED, orders.find(number).status());
            assertEquals(TicketException.Reason.REPLAYED, assertThrows(TicketException.class,
                    () -> connector.redeemAgain(used, ukey)).reason());
            assertEquals("heldSeal.notAwaiting", assertThrows(RuleViolation.class, () -> unlocking.start(number))
                    .messageKey(), "nothing is done twice");

            Ukey record = ukeys.bySerial(seal.ukeySerial(), LockModeType.NONE);
            char[] soPin = cipher.decrypt(record.getSoPinCipher(), Ukey.PIN_CONTEXT).toCharArray();
            assertDoesNotThrow(() -> ukey.unlock(soPin, "135792468024".toCharArray()),
                    "the SO PIN the server kept is the one the ukey took");
            ukey.changePin(Token.DEFAULT_USER_PIN.toCharArray(), "24681357".toCharArray());
            assertDoesNotThrow(() -> ukey.verifyPin("24681357".toCharArray()), "the holder's new PIN");
        }
    }
}
