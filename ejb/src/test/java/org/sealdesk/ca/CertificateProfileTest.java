package org.sealdesk.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.order.SealType;
import org.sealdesk.token.BouncyCastle;

/** Every extension of the holders' certificates, and OpenSSL's verdict on the chains. */
class CertificateProfileTest {

    private static final Instant UNTIL = Instant.parse("2029-12-03T02:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aUnitsCertificateCarriesTheProfile() throws Exception {
        X509CertificateHolder certificate = unitCertificate();
        CaKey issuing = TestHierarchy.key(CaFamily.RSA, CaRole.ISSUING);

        assertEquals(3, certificate.getVersionNumber());
        assertEquals("C=CN,O=肇庆市某某有限公司,CN=肇庆市某某有限公司", certificate.getSubject().toString());
        assertEquals(issuing.certificate().getSubject(), certificate.getIssuer());
        assertEquals(TestHierarchy.NOW, certificate.getNotBefore().toInstant());
        assertEquals(UNTIL, certificate.getNotAfter().toInstant());

        Extension keyUsage = certificate.getExtension(Extension.keyUsage);
        assertTrue(keyUsage.isCritical());
        assertEquals(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
                KeyUsage.getInstance(keyUsage.getParsedValue()));
        assertNull(certificate.getExtension(Extension.basicConstraints), "an end entity, not a CA");
        assertEquals(TestHierarchy.POLICY, CertificatePolicies.getInstance(
                certificate.getExtension(Extension.certificatePolicies).getParsedValue()).getPolicyInformation()[0]
                .getPolicyIdentifier().getId());
        assertEquals(List.of(TestHierarchy.SITE + "/pki/crl/rsa-issuing.crl"), crlUrls(certificate));
        AccessDescription[] access = AuthorityInformationAccess.getInstance(
                certificate.getExtension(Extension.authorityInfoAccess).getParsedValue()).getAccessDescriptions();
        assertEquals(AccessDescription.id_ad_ocsp, access[0].getAccessMethod());
        assertEquals(TestHierarchy.SITE + "/pki/ocsp", uri(access[0].getAccessLocation()));
        assertEquals(AccessDescription.id_ad_caIssuers, access[1].getAccessMethod());
        assertEquals(TestHierarchy.SITE + "/pki/ca/rsa-issuing.cer", uri(access[1].getAccessLocation()));
        assertArrayEquals(SubjectKeyIdentifier.fromExtensions(issuing.certificate().getExtensions())
                .getKeyIdentifier(), AuthorityKeyIdentifier.fromExtensions(certificate.getExtensions())
                .getKeyIdentifierObject().getOctets());
        assertTrue(SubjectKeyIdentifier.fromExtensions(certificate.getExtensions()).getKeyIdentifier().length > 0);
        assertEquals("9144030071526726XG", DERPrintableString.getInstance(
                certificate.getExtension(CertificateProfile.UNIT_CODE).getParsedValue()).getString());
        assertTrue(certificate.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER).build(issuing.certificate())));
    }

    @Test
    void serialsAreRandomPositiveAndAtMostTwentyOctets() {
        Set<BigInteger> serials = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            BigInteger serial = CertificateProfile.newSerial();
            assertEquals(1, serial.signum());
            assertTrue(serial.toByteArray().length <= 20);
            serials.add(serial);
        }
        assertEquals(1000, serials.size());
        assertTrue(serials.stream().anyMatch(serial -> serial.bitLength() > 120), "about 128 bits of entropy");
    }

    @Test
    void aPersonsCertificateNamesThemWithoutTheirIdNumber() throws Exception {
        KeyPair holder = TestHierarchy.keyPair("EC", "sm2p256v1");
        String idHash = "ab".repeat(32);
        HolderSubject subject = HolderSubject.of(SealType.PERSONAL_SIGNATURE, "周九", null, null, idHash);
        X509CertificateHolder certificate = TestHierarchy.PROFILE.signer(TestHierarchy.key(CaFamily.SM2,
                CaRole.ISSUING), CertificateProfile.newSerial(), subject.name(), spki(holder), TestHierarchy.NOW, UNTIL,
                subject.unitCode());
        assertEquals("C=CN,CN=周九,SERIALNUMBER=" + idHash.substring(0, 40), certificate.getSubject().toString());
        assertNull(certificate.getExtension(CertificateProfile.UNIT_CODE));
        assertEquals("1.2.156.10197.1.501", certificate.getSignatureAlgorithm().getAlgorithm().getId());
        assertEquals(List.of(TestHierarchy.SITE + "/pki/crl/sm2-issuing.crl"), crlUrls(certificate));
    }

    @Test
    void theCaCertificatesAreCasAndTheResponderIsDelegated() {
        for (CaFamily family : CaFamily.values()) {
            X509CertificateHolder root = TestHierarchy.key(family, CaRole.ROOT).certificate();
            assertTrue(BasicConstraints.fromExtensions(root.getExtensions()).isCA());
            assertEquals(root.getSubject(), root.getIssuer());
            BasicConstraints issuing = BasicConstraints.fromExtensions(
                    TestHierarchy.key(family, CaRole.ISSUING).certificate().getExtensions());
            assertTrue(issuing.isCA());
            assertEquals(BigInteger.ZERO, issuing.getPathLenConstraint());
            X509CertificateHolder responder = TestHierarchy.key(family, CaRole.OCSP).certificate();
            assertEquals("[1.3.6.1.5.5.7.3.9]", List.of(org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(
                    responder.getExtensions()).getUsages()).toString());
            assertTrue(responder.getExtension(org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nocheck)
                    != null);
        }
        assertFalse(TestHierarchy.keys().get(CaKeyStore.PLATFORM).certificate().getSubject().toString().isEmpty());
    }

    @Test
    void openSslVerifiesTheRsaChain() throws Exception {
        assumeTrue(OpenSsl.installed(), "openssl is not installed (CI installs it)");
        Path root = pem("root.pem", TestHierarchy.key(CaFamily.RSA, CaRole.ROOT).certificate());
        Path issuing = pem("issuing.pem", TestHierarchy.key(CaFamily.RSA, CaRole.ISSUING).certificate());
        Path leaf = pem("leaf.pem", unitCertificate());
        assertEquals(leaf + ": OK", OpenSsl.run("openssl", "verify", "-x509_strict", "-CAfile", root.toString(),
                "-untrusted", issuing.toString(), leaf.toString()));
    }

    /** OpenSSL 3.0 takes the SM2 ID only for the certificate it checks, so the chain is checked link by link. */
    @Test
    void openSslVerifiesTheSm2ChainLinkByLink() throws Exception {
        assumeTrue(OpenSsl.installed(), "openssl is not installed (CI installs it)");
        KeyPair holder = TestHierarchy.keyPair("EC", "sm2p256v1");
        Path root = pem("sm2-root.pem", TestHierarchy.key(CaFamily.SM2, CaRole.ROOT).certificate());
        Path issuing = pem("sm2-issuing.pem", TestHierarchy.key(CaFamily.SM2, CaRole.ISSUING).certificate());
        Path leaf = pem("sm2-leaf.pem", TestHierarchy.PROFILE.signer(TestHierarchy.key(CaFamily.SM2, CaRole.ISSUING),
                CertificateProfile.newSerial(), person("周九"), spki(holder), TestHierarchy.NOW, UNTIL, null));
        assertEquals(issuing + ": OK", OpenSsl.run("openssl", "verify", "-vfyopt", "distid:1234567812345678", "-CAfile",
                root.toString(), issuing.toString()));
        assertEquals(leaf + ": OK", OpenSsl.run("openssl", "verify", "-vfyopt", "distid:1234567812345678", "-partial_chain",
                "-CAfile", issuing.toString(), leaf.toString()));
    }

    @Test
    void openSslVerifiesTheCrlAndRefusesTheCertificatesItLists() throws Exception {
        assumeTrue(OpenSsl.installed(), "openssl is not installed (CI installs it)");
        X509CertificateHolder superseded = unitCertificate();
        X509CertificateHolder held = unitCertificate();
        X509CertificateHolder good = unitCertificate();
        CaKey issuingKey = TestHierarchy.key(CaFamily.RSA, CaRole.ISSUING);
        X509CRLHolder crl = TestHierarchy.PROFILE.revocationList(issuingKey, 7, TestHierarchy.NOW,
                TestHierarchy.NOW.plus(Duration.ofDays(7)), List.of(
                        new Certificates.Status(superseded.getSerialNumber().toString(16),
                                CertificateStatus.REVOKED, RevocationReason.SUPERSEDED, TestHierarchy.NOW.minusSeconds(60)),
                        new Certificates.Status(held.getSerialNumber().toString(16), CertificateStatus.ON_HOLD,
                                null, TestHierarchy.NOW)));
        Path root = pem("root.pem", TestHierarchy.key(CaFamily.RSA, CaRole.ROOT).certificate());
        Path issuing = pem("issuing.pem", issuingKey.certificate());
        Path list = OpenSsl.pem(folder.resolve("issuing.crl.pem"), "X509 CRL", crl.getEncoded());

        String text = OpenSsl.run("openssl", "crl", "-in", list.toString(), "-CAfile", issuing.toString(), "-noout",
                "-text");
        assertTrue(text.contains("verify OK"), text);
        assertTrue(text.matches("(?s).*X509v3 CRL Number: \\s+7\\s.*"), text);
        assertTrue(text.matches("(?s).*" + superseded.getSerialNumber().toString(16).toUpperCase()
                + ".*CRL Reason Code: \\n\\s+Superseded.*"), text);
        assertTrue(text.matches("(?s).*" + held.getSerialNumber().toString(16).toUpperCase()
                + ".*CRL Reason Code: \\n\\s+Certificate Hold.*"), text);
        for (X509CertificateHolder certificate : List.of(superseded, held, good)) {
            Path leaf = pem(certificate.getSerialNumber() + ".pem", certificate);
            String verdict = OpenSsl.run("openssl", "verify", "-crl_check", "-CRLfile", list.toString(), "-CAfile",
                    root.toString(), "-untrusted", issuing.toString(), leaf.toString());
            assertEquals(certificate == good, verdict.equals(leaf + ": OK"), verdict);
            assertEquals(certificate != good, verdict.contains("certificate revoked"), verdict);
        }
    }

    static X509CertificateHolder unitCertificate() throws Exception {
        KeyPair holder = TestHierarchy.keyPair("RSA", 2048);
        X500Name unit = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "肇庆市某某有限公司")
                .addRDN(BCStyle.CN, "肇庆市某某有限公司").build();
        return TestHierarchy.PROFILE.signer(TestHierarchy.key(CaFamily.RSA, CaRole.ISSUING),
                CertificateProfile.newSerial(), unit, spki(holder), TestHierarchy.NOW, UNTIL, "9144030071526726XG");
    }

    private static X500Name person(String name) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.CN, name).build();
    }

    private static SubjectPublicKeyInfo spki(KeyPair keys) {
        return SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
    }

    private static List<String> crlUrls(X509CertificateHolder certificate) {
        return java.util.Arrays.stream(CRLDistPoint.getInstance(certificate.getExtension(
                Extension.cRLDistributionPoints).getParsedValue()).getDistributionPoints())
                .map(point -> uri(GeneralNames.getInstance(point.getDistributionPoint().getName()).getNames()[0]))
                .toList();
    }

    private static String uri(GeneralName name) {
        return name.getName().toString();
    }

    private Path pem(String name, X509CertificateHolder certificate) throws IOException {
        return OpenSsl.pem(folder.resolve(name), "CERTIFICATE", certificate.getEncoded());
    }
}
