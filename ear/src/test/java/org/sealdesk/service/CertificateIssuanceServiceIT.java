package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/**
 * Issuance in the container: an approved order's key certified for the person the order names (never whom the
 * request names), the certificate recorded and held, the seal listing it, each key certified once, producers only.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIssuanceServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    CertificateIssuance issuance;

    @Inject
    Certificates certificates;

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
}
