package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.AccountService;
import org.sealdesk.ca.CaFamily;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.ca.RevocationLists;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.SealImage;
import org.sealdesk.order.SealType;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.production.UkeyAttempts;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Token;
import org.sealdesk.web.Caller;

/**
 * Making seals in the container: certificate issuance, production attempts through a software ukey, and
 * cancellation of what was made.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    CertificateIssuance issuance;

    @Inject
    Certificates certificates;

    @Inject
    ProductionService production;

    @Inject
    TicketKey ticketKey;

    @Inject
    SealService seals;

    @Inject
    OrderService orders;

    @Inject
    RevocationLists revocationLists;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    // Issuance in the container: an approved order's key certified for the person the order names (never whom the
    // request names), the certificate recorded and held, the seal listing it, each key certified once, producers only.

    @Test
    void anApprovedOrdersKeyIsCertifiedForWhomTheOrderNamesAndHeld() throws Exception {
        String number = Orders.approvedPersonalOrder("吴十");
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        byte[] request = request(p256());

        CertificateIssuance.Issued issued = issuance.issue(new OrderNumber(number), 1, SealType.PERSONAL_SIGNATURE,
                request);

        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(issued.certificate()));
        String subject = new X509CertificateHolder(issued.certificate()).getSubject().toString();
        assertTrue(subject.matches("C=CN,CN=吴十,SERIALNUMBER=[0-9a-f]{40}"), subject + ": the ID number only hashed");
        assertEquals(issued.serial(), certificate.getSerialNumber().toString(16));
        Certificate recorded = certificates.bySerial(issued.serial(), LockModeType.NONE).orElseThrow();
        assertEquals(CertificateStatus.ON_HOLD, recorded.getStatus());
        assertEquals("EC-P256", recorded.getKeyAlgorithm());
        assertArrayEquals(issued.certificate(), recorded.getDer());
        SesSeal.Read seal = SesSeal.read(issued.seal());
        assertEquals("吴十", seal.content().name());
        assertEquals(SesSeal.Kind.PERSON, seal.content().kind());
        assertArrayEquals(issued.certificate(), seal.content().certificates().get(0));
        assertEquals(number + "-P1", seal.content().esId());

        assertEquals("certificate.csr.keyReused", assertThrows(RuleViolation.class, () -> issuance.issue(
                new OrderNumber(number), 2, SealType.PERSONAL_SIGNATURE, request)).messageKey(),
                "a key is certified once");
    }

    @Test
    void anOrderNotAwaitingProductionGetsNoCertificateAndApplicantsCannotIssue() throws Exception {
        Applicants.signedInAndVerified("郑十一");
        String unpaid = Orders.submittedPersonalOrder("郑十一");
        byte[] request = request(p256());
        assertThrows(EJBAccessException.class, () -> issuance.issue(new OrderNumber(unpaid), 1,
                SealType.PERSONAL_SIGNATURE, request));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        assertEquals("production.notAwaiting", assertThrows(RuleViolation.class, () -> issuance.issue(
                new OrderNumber(unpaid), 1, SealType.PERSONAL_SIGNATURE, request)).messageKey());
        assertFalse(certificates.bySerial("0", LockModeType.NONE).isPresent());
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static byte[] request(KeyPair keys) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=someone else entirely"), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
    }

    // Production's rules in the container, the connector's part played by the token library on a software ukey: the
    // PINs come only inside tickets; what was read back must be what was issued and proven by the seal's key; a new
    // attempt ends the last one and revokes its certificates.

    private static final String ORIGIN = "https://seal.example.gov.cn";

    @Test
    void anAttemptEndedByANewOneLosesItsCertificatesAndTheNewOneFinishesTheOrder() throws Exception {
        String number = Orders.approvedPersonalOrder("褚十三");
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            ProductionService.Started first = production.start(number);
            Token ukey = connector.initialise(number, first, "SW-IT-1");
            UkeyAttempts.Made made = connector.makeSeal(number, first, ukey, "personal");
            String firstSerial = org.sealdesk.token.Certificates.parse(Base64.getDecoder().decode(made.certificate()))
                    .getSerialNumber().toString(16);

            ProductionService.Started second = production.start(number);
            assertEquals(first.attempt() + 1, second.attempt());
            var revoked = certificates.bySerial(firstSerial, LockModeType.NONE).orElseThrow();
            assertEquals(CertificateStatus.REVOKED, revoked.getStatus(), "no valid certificate without its ukey");
            assertEquals(RevocationReason.SUPERSEDED, revoked.getRevocationReason());
            assertEquals("production.attemptOver", assertThrows(RuleViolation.class, () -> production.ticket(number,
                    first.attempt(), "KEY_PAIR", "personal", connector.exchangeKey())).messageKey());

            assertEquals(CRLReason.superseded, ((RevokedStatus) Ocsp.statusOf(firstSerial)).getRevocationReason(), "OCSP knows at once");
            revocationLists.publishIfDue(CaFamily.RSA);
            X509CRLHolder crl = new X509CRLHolder(revocationLists.published("rsa-issuing").orElseThrow().der());
            X509CRLEntryHolder entry = crl.getRevokedCertificate(new BigInteger(firstSerial, 16));
            assertEquals(CRLReason.superseded, CRLReason.getInstance(entry.getExtensions().getExtensionParsedValue(
                    Extension.reasonCode)).getValue().intValue(), "the CRL lists it, superseded");
            assertFalse(revocationLists.publishIfDue(CaFamily.RSA), "nothing changed: no new CRL");

            Token fresh = connector.initialise(number, second, "SW-IT-2");
            UkeyAttempts.Made remade = connector.makeSeal(number, second, fresh, "personal");
            UkeyAttempts.Written written = connector.write(number, second, fresh, "personal", remade);
            production.complete(number, second.attempt(), ORIGIN, List.of(written));
            assertEquals(OrderStatus.AWAITING_SHIPMENT, production.open(number).status());

            Applicants.signedInAndVerified("蒋十五");
            assertEquals("seal.notFound", assertThrows(RuleViolation.class,
                    () -> seals.file(number + "-P2", "certificate.cer")).messageKey(), "another applicant's seal");
            assertEquals("order.notFound", assertThrows(RuleViolation.class, () -> seals.ofOrder(number)).messageKey());
        }
    }

    @Test
    void aSealReadBackDifferentFromTheIssuedOneEndsTheAttempt() throws Exception {
        String number = Orders.approvedPersonalOrder("卫十四");
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            ProductionService.Started started = production.start(number);
            Token ukey = connector.initialise(number, started, "SW-IT-3");
            UkeyAttempts.Made made = connector.makeSeal(number, started, ukey, "personal");
            UkeyAttempts.Written written = connector.write(number, started, ukey, "personal", made);
            UkeyAttempts.Written altered = new UkeyAttempts.Written("personal", written.proof(),
                    written.certificate(), Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
            assertEquals("production.readBackMismatch", assertThrows(RuleViolation.class,
                    () -> production.complete(number, started.attempt(), ORIGIN, List.of(altered))).messageKey());
            assertEquals(OrderStatus.AWAITING_PRODUCTION, production.open(number).status());
            assertEquals("production.attemptOver", assertThrows(RuleViolation.class,
                    () -> production.complete(number, started.attempt(), ORIGIN, List.of(written))).messageKey(),
                    "the attempt is over: the next one starts afresh");
        }
    }

    @Test
    void anEnterpriseUkeyCarriesBothSealsEachWithItsOwnKeyAndCertificate() throws Exception {
        long applicant = Applicants.signedInAndVerified("沈十六");
        String number = Orders.approved(Orders.submittedEnterpriseOrder("肇庆市星湖建材有限公司", "沈十六"));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            ProductionService.Started started = production.start(number);
            Token ukey = connector.initialise(number, started, "SW-IT-4");
            List<UkeyAttempts.Written> written = new ArrayList<>();
            Set<String> subjects = new HashSet<>();
            for (String slot : List.of("unit", "legal-rep")) {
                UkeyAttempts.Made made = connector.makeSeal(number, started, ukey, slot);
                written.add(connector.write(number, started, ukey, slot, made));
                subjects.add(org.sealdesk.token.Certificates.parse(Base64.getDecoder().decode(made.certificate())).getSubjectX500Principal()
                        .getName());
            }
            production.complete(number, started.attempt(), ORIGIN, written);
            assertEquals(OrderStatus.AWAITING_SHIPMENT, production.open(number).status());
            assertEquals(2, subjects.size(), "two certificates, two subjects: " + subjects);
            assertTrue(subjects.stream().anyMatch(subject -> subject.contains("CN=肇庆市星湖建材有限公司")), subjects.toString());
            assertTrue(subjects.stream().anyMatch(subject -> subject.contains("CN=沈十六")), subjects.toString());
            assertNotEquals(ukey.readCertificate(SealSlot.UNIT).orElseThrow().getPublicKey(),
                    ukey.readCertificate(SealSlot.LEGAL_REP).orElseThrow().getPublicKey(), "a key pair per seal");

            Callers.signIn(Caller.applicant(applicant));
            assertEquals(List.of(SealType.ENTERPRISE, SealType.LEGAL_REPRESENTATIVE_SIGNATURE), seals.ofOrder(number)
                    .stream().map(SealView::type).toList());
            assertArrayEquals(orders.sealImage(number, new SealImage(SealType.ENTERPRISE, false)), SesSeal.read(Base64.getDecoder().decode(
                    written.get(0).seal())).content().png(), "the seal holds the image the applicant checked");
        }
    }

    // 注销 (manual 1.3.4) in the container: only with the right, fresh SMS code; then the seal is cancelled, its
    // certificate revoked (cessationOfOperation, which OCSP tells at once), a completed CANCELLATION order records it,
    // and an SMS confirms it. A wrong or expired code, another's seal or a cancelled one change nothing.

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
