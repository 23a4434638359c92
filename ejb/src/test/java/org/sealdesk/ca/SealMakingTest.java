package org.sealdesk.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.order.SealType;
import org.sealdesk.token.BouncyCastle;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.seal.OfdrwSealReader;
import org.sealdesk.seal.SealImages;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.KeyAlgorithm;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.SoftwareTokens;
import org.sealdesk.token.Token;

/**
 * A key pair made on a (software) ukey, its certificate and the GB/T 38540 seal listing it, written to the ukey and
 * read back — then read by ofdrw, the independent reader, whose signature check must hold: for RSA and for SM2
 * (SoftHSM2 has no SM2, the software token has).
 */
class SealMakingTest {

    private static final SealImages IMAGES = new SealImages(CjkFont.of(Optional.empty()));
    private static final char[] USER_PIN = "24681357".toCharArray();
    private static final Instant UNTIL = Instant.parse("2028-12-03T02:00:00Z");

    @TempDir
    Path tokens;

    @Test
    void anSm2PersonalSealMadeOnASoftwareUkeyIsReadAndVerifiedByOfdrw() throws Exception {
        makeAndCheck(KeyAlgorithm.SM2, SealSlot.PERSONAL, SealType.PERSONAL_SIGNATURE, "周九", CaFamily.SM2,
                "SM3withSM2", 2);
    }

    @Test
    void anRsaUnitSealMadeOnASoftwareUkeyIsReadAndVerifiedByOfdrw() throws Exception {
        makeAndCheck(KeyAlgorithm.RSA_2048, SealSlot.UNIT, SealType.ENTERPRISE, "肇庆市某某有限公司", CaFamily.RSA,
                "SHA256withRSA", 1);
    }

    @Test
    void aSealWhoseInfoWasAlteredNoLongerVerifies() throws Exception {
        byte[] seal = seal(CaFamily.SM2, SealType.PERSONAL_SIGNATURE, "周九", List.of(new byte[] {1, 2, 3}));
        String reading = new String(seal, java.nio.charset.StandardCharsets.ISO_8859_1);
        int name = reading.indexOf(new String("周九".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        seal[name + 5] ^= 0x01;
        assertFalse(OfdrwSealReader.read(seal).signatureHolds());
    }

    @Test
    void whatIsMadeIsWhatIsReadBack() {
        byte[] certificate = {1, 2, 3};
        SealImages.SealImage image = IMAGES.draw(SealType.LEGAL_REPRESENTATIVE_SIGNATURE, "周九");
        SesSeal.Content content = new SesSeal.Content("SD1-L1", SesSeal.Kind.PERSON, "周九", List.of(certificate),
                TestHierarchy.NOW, TestHierarchy.NOW, UNTIL, image.png(), 20, 20);
        CaKey maker = TestHierarchy.key(CaFamily.RSA, CaRole.SEAL_MAKER);
        SesSeal.Read read = SesSeal.read(SesSeal.make(content, CertificateAuthority.encoded(maker.certificate()),
                maker.family().signer(maker.key())));
        assertEquals(content.esId(), read.content().esId());
        assertEquals(content.kind(), read.content().kind());
        assertEquals(content.name(), read.content().name());
        assertArrayEquals(certificate, read.content().certificates().get(0));
        assertEquals(List.of(TestHierarchy.NOW, TestHierarchy.NOW, UNTIL), List.of(read.content().created(),
                read.content().validStart(), read.content().validEnd()));
        assertArrayEquals(image.png(), read.content().png());
        assertEquals("1.2.840.113549.1.1.11", read.signatureAlgorithm());
    }

    private void makeAndCheck(KeyAlgorithm algorithm, SealSlot slot, SealType type, String name, CaFamily family,
            String signatureAlgorithm, int propertyType) throws Exception {
        try (SoftwareTokens source = new SoftwareTokens(tokens)) {
            Token token = source.addBlank("SW-TEST-1");
            token.initialise("SD-TEST", "87654321".toCharArray(), USER_PIN);
            var key = CertificationRequestCheck.check(token.generateKeyPair(USER_PIN, slot, algorithm, "CN=ukey"));
            assertEquals(family, key.family());
            CaKey issuing = TestHierarchy.key(family, CaRole.ISSUING);
            X509CertificateHolder issued = TestHierarchy.PROFILE.signer(issuing, CertificateProfile.newSerial(),
                    HolderSubject.of(type, name, null, "9144030071526726XG", "cd".repeat(32)).name(), key.publicKey(), TestHierarchy.NOW,
                    UNTIL, null);
            assertTrue(issued.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(issuing.certificate())), "BouncyCastle verifies it");
            X509Certificate certificate = CaKeyStore.java(issued);
            token.writeCertificate(USER_PIN, slot, certificate);
            token.writeSeal(USER_PIN, slot, seal(family, type, name, List.of(issued.getEncoded())));

            byte[] onTheUkey = token.readSeal(slot).orElseThrow();
            byte[] certificateOnTheUkey = Certificates.der(token.readCertificate(slot).orElseThrow());
            OfdrwSealReader.Reading reading = OfdrwSealReader.read(onTheUkey);
            assertTrue(reading.signatureHolds(), "the maker's signature holds for ofdrw");
            assertEquals(4, reading.version());
            assertEquals(propertyType, reading.type());
            assertEquals(name, reading.name());
            assertEquals(signatureAlgorithm, reading.signatureAlgorithm());
            assertEquals("png", reading.pictureType());
            assertArrayEquals(certificateOnTheUkey, reading.certificates().get(0),
                    "the seal lists the certificate on the ukey");
            assertEquals(TestHierarchy.key(family, CaRole.SEAL_MAKER).certificate().getSubject().toString(),
                    new X509CertificateHolder(reading.maker().getEncoded()).getSubject().toString());
        }
    }

    private static byte[] seal(CaFamily family, SealType type, String name, List<byte[]> certificates) {
        byte[] png = IMAGES.draw(type, name).png();
        CaKey maker = TestHierarchy.key(family, CaRole.SEAL_MAKER);
        return SesSeal.make(new SesSeal.Content("SD-TEST-1", SesSeal.Kind.of(type), name, certificates,
                TestHierarchy.NOW, TestHierarchy.NOW, UNTIL, png, SealImages.sizeMm(type),
                SealImages.sizeMm(type)), CertificateAuthority.encoded(maker.certificate()),
                maker.family().signer(maker.key()));
    }
}
