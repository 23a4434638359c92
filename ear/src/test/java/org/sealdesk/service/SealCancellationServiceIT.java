package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Duration;
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
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.SealType;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/**
 * 注销 (manual 1.3.4) in the container: only with the right, fresh SMS code; then the seal is cancelled, its
 * certificate revoked (cessationOfOperation, which OCSP tells at once), a completed CANCELLATION order records it,
 * and an SMS confirms it. A wrong or expired code, another's seal or a cancelled one change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SealCancellationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    SealService seals;

    @Inject
    OrderService orders;

    @Inject
    ProductionService production;

    @Inject
    TicketKey ticketKey;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void theRightCodeCancelsTheSealAndRevokesItsCertificateAtOnce() throws Exception {
        long applicant = Applicants.signedInAndVerified("严十七");
        String mobile = CDI.current().select(AccountService.class).get().signedIn().getMobile().value();
        String number = Orders.approved(Orders.submittedPersonalOrder("严十七"));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, "https://seal.example")) {
            connector.produce(number, "SW-CANCEL-1", "personal");
        }
        Callers.signIn(Caller.applicant(applicant));
        SealView seal = seals.ofOrder(number).get(0);
        assertEquals(CRLReason.certificateHold, ((RevokedStatus) Ocsp.statusOf(seal.certificateSerial()))
                .getRevocationReason(), "on hold until the ukey arrives");

        TestClock.advance(Duration.ofSeconds(61)); // a minute after the registration code to this number
        seals.requestCancellationCode();
        assertEquals("sms.code.wrong", assertThrows(RuleViolation.class,
                () -> seals.cancel(List.of(seal.esId()), "000000")).messageKey());
        String code = Applicants.latestCode(new MobileNumber(mobile));
        TestClock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals("sms.code.expired", assertThrows(RuleViolation.class,
                () -> seals.cancel(List.of(seal.esId()), code)).messageKey());
        assertEquals(SealStatus.ACTIVE, seals.ofOrder(number).get(0).status(), "nothing changed yet");
        assertEquals("seal.cancel.noneChosen", assertThrows(RuleViolation.class,
                () -> seals.cancel(List.of(), code)).messageKey());

        seals.requestCancellationCode();
        String fresh = Applicants.latestCode(new MobileNumber(mobile));
        String cancellation = seals.cancel(List.of(seal.esId()), fresh);

        SealView cancelled = seals.ofOrder(number).get(0);
        assertEquals(SealStatus.CANCELLED, cancelled.status());
        assertEquals(CertificateStatus.REVOKED, cancelled.certificateStatus());
        assertEquals(CRLReason.cessationOfOperation, ((RevokedStatus) Ocsp.statusOf(cancelled.certificateSerial()))
                .getRevocationReason(), "OCSP tells it at once, though the same question had an answer before");
        OrderView order = orders.find(cancellation);
        assertEquals(OrderKind.CANCELLATION, order.kind());
        assertEquals(OrderStatus.COMPLETED, order.status());
        // The newest text to this number, however many others the shared outbox holds (some dated ahead by tests
        // that move the clock).
        assertTrue(Applicants.latestMessage(new MobileNumber(mobile)).contains("个人签名章（严十七）已注销"),
                "the SMS confirms it");
        assertEquals("seal.cancel.notActive", assertThrows(RuleViolation.class,
                () -> seals.cancel(List.of(seal.esId()), fresh)).messageKey(), "cancelled once");

        Applicants.signedInAndVerified("韩十八");
        assertEquals("seal.notFound", assertThrows(RuleViolation.class,
                () -> seals.cancel(List.of(seal.esId()), "123456")).messageKey(), "another applicant's seal");
    }

    @Test
    void anEnterpriseCancelsOneOfItsTwoSealsAndKeepsTheOther() throws Exception {
        long applicant = Applicants.signedInAndVerified("鲁十九");
        String mobile = CDI.current().select(AccountService.class).get().signedIn().getMobile().value();
        String number = Orders.approved(Orders.submittedEnterpriseOrder("肇庆市端砚文化有限公司", "鲁十九"));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, "https://seal.example")) {
            connector.produce(number, "SW-CANCEL-2", "unit", "legal-rep");
        }
        Callers.signIn(Caller.applicant(applicant));
        List<SealView> made = seals.ofOrder(number);
        SealView legalRep = made.get(1);
        assertEquals(SealType.LEGAL_REPRESENTATIVE_SIGNATURE, legalRep.type());

        TestClock.advance(Duration.ofSeconds(61));
        seals.requestCancellationCode();
        seals.cancel(List.of(legalRep.esId()), Applicants.latestCode(new MobileNumber(mobile)));

        List<SealView> after = seals.ofOrder(number);
        assertEquals(List.of(SealStatus.ACTIVE, SealStatus.CANCELLED), after.stream().map(SealView::status).toList());
        assertEquals(CertificateStatus.ON_HOLD, after.get(0).certificateStatus(), "the unit seal's untouched");
        assertEquals(CRLReason.cessationOfOperation, ((RevokedStatus) Ocsp.statusOf(legalRep.certificateSerial()))
                .getRevocationReason());
        assertEquals(CRLReason.certificateHold, ((RevokedStatus) Ocsp.statusOf(after.get(0).certificateSerial()))
                .getRevocationReason(), "still only on hold");
    }
}
