package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.ca.CaFamily;
import org.sealdesk.ca.RevocationLists;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.SealImage;
import org.sealdesk.order.SealType;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.UkeyAttempts;
import org.sealdesk.production.TicketKey;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Token;
import org.sealdesk.web.Caller;

/**
 * Production's rules in the container, the connector's part played by the token library on a software ukey: the
 * PINs come only inside tickets; what was read back must be what was issued and proven by the seal's key; a new
 * attempt ends the last one and revokes its certificates.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionServiceIT {

    private static final String ORIGIN = "https://seal.example.gov.cn";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

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


    @Inject
    org.sealdesk.certificate.Certificates certificates;

    @Test
    void anAttemptEndedByANewOneLosesItsCertificatesAndTheNewOneFinishesTheOrder() throws Exception {
        String number = Orders.approvedPersonalOrder("褚十三");
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(production, ticketKey, ORIGIN)) {
            ProductionService.Started first = production.start(number);
            Token ukey = connector.initialise(number, first, "SW-IT-1");
            UkeyAttempts.Made made = connector.makeSeal(number, first, ukey, "personal");
            String firstSerial = Certificates.parse(Base64.getDecoder().decode(made.certificate()))
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
                subjects.add(Certificates.parse(Base64.getDecoder().decode(made.certificate())).getSubjectX500Principal()
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

}
