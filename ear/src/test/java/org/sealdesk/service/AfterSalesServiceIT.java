package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
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
import org.sealdesk.change.ChangeService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.SealImage;
import org.sealdesk.order.SealType;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.reissue.ReissueService;
import org.sealdesk.rekey.RekeyService;
import org.sealdesk.renewal.RenewalService;
import org.sealdesk.seal.ExpiryReminderJob;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.TicketException;
import org.sealdesk.token.Token;
import org.sealdesk.token.TokenError;
import org.sealdesk.token.TokenException;
import org.sealdesk.ukey.Ukey;
import org.sealdesk.ukey.UkeyState;
import org.sealdesk.ukey.Ukeys;
import org.sealdesk.unlock.UnlockService;
import org.sealdesk.web.Caller;

/**
 * After-sales in the container (issue 19), with the holder's software ukeys, one deployment for all:
 * <ul>
 * <li>续期 (manual 1.3.2): refused outside the window and before payment; a challenge signed by another ukey's key ends
 * the attempt; then the ukey makes a new key beside the old, and the new certificate (to the old end plus the years
 * bought) and the re-made seal take over on the ukey — the old certificate stays good for relying parties, marked
 * superseded, and its seal leaves the holder's list; cancelling the renewed seal later revokes both certificates.
 * An enterprise renews its two seals in one order.</li>
 * <li>变更 (manual 1.3.3): only once received; the draft starts from the seals' application, another unit's credit
 * code is refused; no mailing, one price; the order shows each seal as it is beside what it becomes; approved, the
 * ukey is rekeyed with the new names (no years added), and the old certificates are revoked as superseded.</li>
 * <li>解锁 (manual 1.3.5): a ukey whose PIN was locked by wrong tries, paid, the connector redeems the UNLOCK ticket,
 * the PIN is 12345678 again and the server keeps only the new SO PIN, which is the ukey's — also when the first
 * unlock's answer never reached the server and the next attempt finds the ukey with the new SO PIN already. An
 * expired ticket and a replayed one are refused by the connector; a finished order is not run twice.</li>
 * <li>补办 (manual 1.3.4): confirmed by the right SMS code with a valid address, paid, not reviewed; production makes
 * a new ukey with the old one's seal (same end of validity), and at that moment the old certificate is revoked
 * (keyCompromise, which OCSP tells at once) and the old ukey retired.</li>
 * <li>Expiry reminders under a test clock: 60, 30 and 7 days before the certificate ends, each once however often
 * the job runs; none before the first step, none once it has expired, none for a certificate on hold.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class AfterSalesServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    RenewalService renewal;

    @Inject
    RekeyService rekeying;

    @Inject
    ChangeService changes;

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

    @Inject
    UnlockService unlocking;

    @Inject
    Ukeys ukeys;

    @Inject
    DataCipher cipher;

    @Inject
    ReissueService reissuing;

    @Inject
    ExpiryReminderJob job;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static final String ORIGIN = "https://seal.example";
    private static final MailingDetails ADDRESS = new MailingDetails("补十八", "13700137000", "广东省", "肇庆市",
            "端州区", "星湖大道 2 号");

    @Test
    void aPaidRenewalRemakesTheSealOnTheHoldersUkey() throws Exception {
        long applicant = Applicants.signedInAndVerified("续十九");
        String produced = Orders.approved(Orders.submittedPersonalOrder("续十九"));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.producedFor(applicant, produced, "SW-RENEW-1", "personal");
            char[] pin = connector.userPin().toCharArray();
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
            assertEquals("heldSeal.notAwaiting", assertThrows(RuleViolation.class, () -> rekeying.start(number))
                    .messageKey(), "unpaid");

            Orders.paid(number);
            assertEquals(OrderStatus.AWAITING_ONLINE_UPDATE, orders.find(number).status());
            Token other = connector.otherUkey("SW-OTHER-1", pin, SealSlot.PERSONAL);
            assertEquals("rekey.presenceNotProven", assertThrows(RuleViolation.class,
                    () -> connector.rekey(rekeying, number, ukey, pin, other)).messageKey());
            assertEquals(old.certificateSerial(), serialOn(ukey), "the refused attempt left the ukey as it was");

            connector.rekey(rekeying, number, ukey, pin, null);
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
            assertEquals("heldSeal.notAwaiting", assertThrows(RuleViolation.class, () -> rekeying.start(number))
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
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.producedFor(applicant, produced, "SW-RENEW-2", "unit", "legal-rep");
            List<SealView> old = seals.ofOrder(produced);
            for (SealView seal : old) {
                Orders.receiptConfirmed(seal, produced);
            }
            TestClock.advance(Duration.between(TestClock.now(), old.get(0).validTo().minus(Duration.ofDays(10))));
            assertEquals(2, renewal.offer(old.get(1).esId()).esIds().size(), "the ukey's two seals");
            String number = Orders.paid(renewal.order(old.get(1).esId(), 2));
            connector.rekey(rekeying, number, ukey, connector.userPin().toCharArray(), null);

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

    @Test
    void aChangeOfNameAndLegalRepresentativeIsReviewedThenRekeyedAndTheOldCertificatesRevoked() throws Exception {
        long applicant = Applicants.signedInAndVerified("变十九");
        String produced = Orders.approved(Orders.submittedEnterpriseOrder("肇庆市变更前有限公司", "变十九"));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.producedFor(applicant, produced, "SW-CHANGE-1", "unit", "legal-rep");
            List<SealView> old = seals.ofOrder(produced);
            assertEquals("change.notReceived", assertThrows(RuleViolation.class,
                    () -> changes.start(old.get(0).esId())).messageKey());
            for (SealView seal : old) {
                Orders.receiptConfirmed(seal, produced);
            }
            String number = changes.start(old.get(1).esId());
            assertEquals(number, changes.start(old.get(0).esId()), "the change begun is taken up again");
            OrderView draft = orders.find(number);
            assertEquals(OrderKind.CHANGE, draft.kind());
            assertEquals("肇庆市变更前有限公司", draft.application().unitName(), "filled in from the seals' application");
            assertEquals("变十九", draft.application().legalRepName());

            String newLegalRep = Applicants.newIdCardNumber();
            assertEquals("change.otherUnit", assertThrows(RuleViolation.class, () -> orders.describe(number,
                    new ApplicationDetails("肇庆市变更后有限公司", "91441200MA4UJX8Q2G", "肇庆市端州区星湖大道 1 号",
                            "变二十", newLegalRep, "13700137000"))).messageKey());
            orders.describe(number, new ApplicationDetails("肇庆市变更后有限公司", "9144030071526726XG",
                    "肇庆市端州区星湖大道 1 号", "变二十", newLegalRep, "13700137000"));
            orders.upload(number, DocumentRole.BUSINESS_LICENCE, "licence.png", Orders.scan());
            orders.upload(number, DocumentRole.IMPRESSION_FORM, "form.png", Orders.scan());
            OrderView submitted = orders.submit(number);
            assertEquals(OrderStatus.AWAITING_PAYMENT, submitted.status(), "no mailing: the ukey stays with its holder");
            assertEquals(20000, submitted.amount().fen());
            assertEquals(List.of("肇庆市变更前有限公司", "变十九"), submitted.held().stream().map(OrderView.Held::name)
                    .toList(), "the review shows the seals as they are");
            assertEquals(List.of("肇庆市变更后有限公司", "变二十"), submitted.seals().stream()
                    .map(OrderView.Seal::holderName).toList(), "beside what they become");
            assertFalse(Arrays.equals(orders.sealImage(number, new SealImage(SealType.ENTERPRISE, true)),
                    orders.sealImage(number, new SealImage(SealType.ENTERPRISE, false))), "the new name drawn anew");

            Orders.approved(number);
            Callers.signIn(Caller.applicant(applicant));
            assertEquals(OrderStatus.AWAITING_ONLINE_UPDATE, orders.find(number).status());
            connector.rekey(rekeying, number, ukey, connector.userPin().toCharArray(), null);

            assertEquals(OrderStatus.COMPLETED, orders.find(number).status());
            List<SealView> changed = seals.ofOrder(number);
            assertEquals(List.of("肇庆市变更后有限公司", "变二十"), changed.stream().map(SealView::text).toList());
            X509Certificate unit = ukey.readCertificate(SealSlot.UNIT).orElseThrow();
            assertEquals(changed.get(0).certificateSerial(), unit.getSerialNumber().toString(16));
            assertTrue(unit.getSubjectX500Principal().getName().contains("肇庆市变更后有限公司"), "the changed subject");
            X509Certificate legalRep = ukey.readCertificate(SealSlot.LEGAL_REP).orElseThrow();
            assertTrue(legalRep.getSubjectX500Principal().getName().contains("变二十"), "the new legal representative");
            assertEquals(old.get(0).validTo(), changed.get(0).validTo(), "a change buys no years");
            assertArrayEquals(ukey.readSeal(SealSlot.UNIT).orElseThrow(),
                    seals.file(changed.get(0).esId(), "seal.der").content(), "the re-made seal is on the ukey");
            for (SealView before : old) {
                assertEquals(CRLReason.superseded, ((RevokedStatus) Ocsp.statusOf(before.certificateSerial()))
                        .getRevocationReason(), "the old names stop being trusted");
            }
            assertNull(Ocsp.statusOf(changed.get(0).certificateSerial()), "the new certificate is good at once");
            assertTrue(seals.mine().stream().allMatch(seal -> seal.orderNumber().equals(number)),
                    "the old seals left the holder's list");
        }
    }

    @Test
    void aLockedUkeyIsUnlockedOnceWithTheServersSoPin() throws Exception {
        long applicant = Applicants.signedInAndVerified("锁二十一");
        String produced = Orders.approved(Orders.submittedPersonalOrder("锁二十一"));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            Token ukey = connector.producedFor(applicant, produced, "SW-UNLOCK-1", "personal");
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

            connector.unlock(unlocking, number, ukey, false);
            assertEquals(OrderStatus.AWAITING_ONLINE_UPDATE, orders.find(number).status(), "no proof, not done");
            String used = connector.unlock(unlocking, number, ukey, true);
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

    @Test
    void aNewUkeyCarriesTheSealsAndTheLostOnesCertificatesAreRevoked() throws Exception {
        long applicant = Applicants.signedInAndVerified("补十八");
        MobileNumber mobile = CDI.current().select(AccountService.class).get().signedIn().getMobile();
        String produced = Orders.approved(Orders.submittedPersonalOrder("补十八"));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            connector.producedFor(applicant, produced, "SW-LOST-1", "personal");
            SealView old = seals.ofOrder(produced).get(0);
            Orders.receiptConfirmed(old, produced);

            assertEquals("SW-LOST-1", reissuing.offer(old.esId()).ukeySerial());
            TestClock.advance(Duration.ofMinutes(1)); // past the registration code's resend interval
            reissuing.requestCode();
            RuleViolation badAddress = assertThrows(RuleViolation.class, () -> reissuing.order(old.esId(), "000000",
                    new MailingDetails("补十八", "123", "广东省", "肇庆市", "端州区", "")));
            assertEquals(List.of("mobile", "street"), badAddress.each().stream().map(RuleViolation::field).toList(),
                    "every field's refusal, before the code is tried");
            assertTrue(assertThrows(RuleViolation.class, () -> reissuing.order(old.esId(), "000000", ADDRESS))
                    .messageKey().startsWith("sms.code"));
            String number = reissuing.order(old.esId(), Applicants.latestCode(mobile), ADDRESS);
            assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(number).status());
            Orders.paid(number);
            assertEquals(OrderStatus.AWAITING_PRODUCTION, orders.find(number).status(), "not reviewed");
            assertEquals(null, Ocsp.statusOf(old.certificateSerial()), "the old ukey works until the new one exists");

            Token reissued = connector.producedFor(applicant, number, "SW-NEW-1", "personal");
            assertEquals(OrderStatus.AWAITING_SHIPMENT, orders.find(number).status());
            assertEquals(CRLReason.keyCompromise, ((RevokedStatus) Ocsp.statusOf(old.certificateSerial()))
                    .getRevocationReason(), "whoever has the lost ukey cannot sign any more");
            assertEquals(UkeyState.RETIRED, ukeys.bySerial("SW-LOST-1", LockModeType.NONE).getState());

            SealView made = seals.ofOrder(number).get(0);
            assertEquals(SealStatus.ACTIVE, made.status());
            assertEquals("SW-NEW-1", made.ukeySerial());
            assertEquals(old.validTo(), made.validTo(), "the certificate ends when the old one did");
            assertEquals(CRLReason.certificateHold, ((RevokedStatus) Ocsp.statusOf(made.certificateSerial()))
                    .getRevocationReason(), "on hold until the new ukey arrives");
            assertArrayEquals(reissued.readSeal(SealSlot.PERSONAL).orElseThrow(),
                    seals.file(made.esId(), "seal.der").content());
            assertArrayEquals(seals.file(old.esId(), "image.png").content(),
                    seals.file(made.esId(), "image.png").content(), "the same seal image");
            assertEquals(List.of(made.esId()), seals.mine().stream().map(SealView::esId).toList());
        }
    }

    private static String serialOn(Token ukey) {
        X509Certificate certificate = ukey.readCertificate(SealSlot.PERSONAL).orElseThrow();
        return certificate.getSerialNumber().toString(16);
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
