package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.AccountService;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.renewal.RenewalService;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Token;
import org.sealdesk.web.Caller;

/**
 * 续期 (manual 1.3.2) in the container, with the holder's software ukey: refused outside the window and before
 * payment; a challenge signed by another ukey's key ends the attempt; then the ukey makes a new key beside the old,
 * and the new certificate (to the old end plus the year bought) and the re-made seal take over on the ukey — the old
 * certificate stays good for relying parties, marked superseded, and its seal leaves the holder's list; cancelling
 * the renewed seal later revokes both certificates.
 */
@ExtendWith(ArquillianExtension.class)
class RenewalServiceIT {

    private static final String ORIGIN = "https://seal.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    RenewalService renewal;

    @Inject
    SealService seals;

    @Inject
    OrderService orders;

    @Inject
    ProductionService production;

    @Inject
    TicketKey ticketKey;

    @Inject
    Certificates certificates;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aPaidRenewalRemakesTheSealOnTheHoldersUkey() throws Exception {
        long applicant = Applicants.signedInAndVerified("续十九");
        String produced = Orders.approved(Orders.submittedPersonalOrder("续十九"));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.produce(produced, "SW-RENEW-1", "personal");
            char[] pin = connector.userPin().toCharArray();
            Callers.signIn(Caller.applicant(applicant));
            SealView old = seals.ofOrder(produced).get(0);
            Orders.receiptConfirmed(old, produced);

            RenewalService.Offer early = renewal.offer(old.esId());
            assertFalse(early.open(), "a one-year certificate is not renewed on its first day");
            assertEquals(old.validTo().minus(Duration.ofDays(60)), early.opens());
            assertEquals(List.of(1, 2, 3), early.prices().stream().map(line -> line.years()).toList());
            assertEquals("renewal.outsideWindow", assertThrows(RuleViolation.class,
                    () -> renewal.order(old.esId(), 1)).messageKey());

            TestClock.advance(Duration.between(TestClock.now(), old.validTo().minus(Duration.ofDays(30))));
            assertTrue(renewal.offer(old.esId()).open(), "30 days before the end");
            String number = renewal.order(old.esId(), 1);
            assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(number).status());
            RuleViolation twice = assertThrows(RuleViolation.class, () -> renewal.order(old.esId(), 2));
            assertEquals("heldSeal.alreadyOrdered", twice.messageKey());
            assertEquals(number, twice.arguments()[0], "the page links to the open order");
            assertEquals("heldSeal.notAwaiting", assertThrows(RuleViolation.class, () -> renewal.start(number))
                    .messageKey(), "unpaid");

            Orders.paid(number);
            assertEquals(OrderStatus.AWAITING_ONLINE_UPDATE, orders.find(number).status());
            Token other = connector.otherUkey("SW-OTHER-1", pin, SealSlot.PERSONAL);
            assertEquals("renewal.presenceNotProven", assertThrows(RuleViolation.class,
                    () -> connector.renew(renewal, number, ukey, pin, other)).messageKey());
            assertEquals(old.certificateSerial(), serialOn(ukey), "the refused attempt left the ukey as it was");

            connector.renew(renewal, number, ukey, pin, null);
            assertEquals(OrderStatus.COMPLETED, orders.find(number).status());
            SealView renewed = seals.ofOrder(number).get(0);
            assertEquals(SealStatus.ACTIVE, renewed.status());
            assertEquals(CertificateStatus.VALID, renewed.certificateStatus());
            assertEquals(renewed.certificateSerial(), serialOn(ukey), "the ukey holds the new certificate");
            assertEquals(old.validTo().atZone(ZoneId.of("Asia/Shanghai")).plusYears(1).toInstant(),
                    renewed.validTo(), "from now to the old end plus the year bought");
            assertArrayEquals(ukey.readSeal(SealSlot.PERSONAL).orElseThrow(),
                    seals.file(renewed.esId(), "seal.der").content(), "the re-made seal is on the ukey");
            assertEquals(List.of(renewed.esId()), seals.mine().stream().map(SealView::esId).toList(),
                    "the superseded seal leaves the holder's list");

            Certificate superseded = certificates.bySerial(old.certificateSerial(), LockModeType.NONE).orElseThrow();
            assertEquals(CertificateStatus.VALID, superseded.getStatus(), "not revoked: stamped documents verify");
            assertNotNull(superseded.getSupersededAt());
            assertNull(Ocsp.statusOf(old.certificateSerial()), "OCSP still answers good for the old certificate");
            assertEquals("heldSeal.notAwaiting", assertThrows(RuleViolation.class, () -> renewal.start(number))
                    .messageKey(), "nothing is done twice");

            seals.requestCancellationCode();
            seals.cancel(List.of(renewed.esId()), Applicants.latestCode(
                    CDI.current().select(AccountService.class).get().signedIn().getMobile()));
            for (String serial : List.of(renewed.certificateSerial(), old.certificateSerial())) {
                assertEquals(CRLReason.cessationOfOperation, ((RevokedStatus) Ocsp.statusOf(serial))
                        .getRevocationReason(), "cancelling the renewed seal stops its earlier certificate too");
            }
        }
    }

    @Test
    void anEnterpriseRenewsItsUnitSealAndItsLegalRepresentativesSealInOneOrder() throws Exception {
        long applicant = Applicants.signedInAndVerified("续二十");
        String produced = Orders.approved(Orders.submittedEnterpriseOrder("肇庆市续期测试有限公司", "续二十"));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.produce(produced, "SW-RENEW-2", "unit", "legal-rep");
            Callers.signIn(Caller.applicant(applicant));
            List<SealView> old = seals.ofOrder(produced);
            for (SealView seal : old) {
                Orders.receiptConfirmed(seal, produced);
            }
            TestClock.advance(Duration.between(TestClock.now(), old.get(0).validTo().minus(Duration.ofDays(10))));
            assertEquals(2, renewal.offer(old.get(1).esId()).esIds().size(), "the ukey's two seals");
            String number = Orders.paid(renewal.order(old.get(1).esId(), 2));
            connector.renew(renewal, number, ukey, connector.userPin().toCharArray(), null);

            List<SealView> renewed = seals.ofOrder(number);
            assertEquals(2, renewed.size());
            assertEquals(List.of("肇庆市续期测试有限公司", "续二十"), renewed.stream().map(SealView::text).toList());
            assertEquals(renewed.get(0).certificateSerial(), ukey.readCertificate(SealSlot.UNIT).orElseThrow()
                    .getSerialNumber().toString(16));
            assertEquals(renewed.get(1).certificateSerial(), ukey.readCertificate(SealSlot.LEGAL_REP).orElseThrow()
                    .getSerialNumber().toString(16));
            assertEquals(old.get(0).validTo().atZone(ZoneId.of("Asia/Shanghai")).plusYears(2).toInstant(),
                    renewed.get(0).validTo(), "two years bought");
            assertTrue(seals.mine().stream().allMatch(seal -> seal.orderNumber().equals(number)),
                    "both old seals superseded");
        }
    }

    private static String serialOn(Token ukey) {
        X509Certificate certificate = ukey.readCertificate(SealSlot.PERSONAL).orElseThrow();
        return certificate.getSerialNumber().toString(16);
    }
}
