package org.sealdesk.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;

class CertificationRequestCheckTest {

    @Test
    void rsaP256AndSm2KeysSignedByThemselvesAreCertifiableEachByItsFamily() throws Exception {
        KeyPair rsa = TestHierarchy.keyPair("RSA", 2048);
        KeyPair p256 = TestHierarchy.keyPair("EC", "secp256r1");
        KeyPair sm2 = TestHierarchy.keyPair("EC", "sm2p256v1");
        var checkedRsa = CertificationRequestCheck.check(TestHierarchy.request(rsa, rsa, "SHA256withRSA"));
        assertEquals(CaFamily.RSA, checkedRsa.family());
        assertEquals("RSA-2048", checkedRsa.algorithm());
        assertEquals(64, checkedRsa.sha256().length());
        assertEquals(CaFamily.RSA,
                CertificationRequestCheck.check(TestHierarchy.request(p256, p256, "SHA256withECDSA")).family());
        var checkedSm2 = CertificationRequestCheck.check(TestHierarchy.request(sm2, sm2, "SM3withSM2"));
        assertEquals(CaFamily.SM2, checkedSm2.family());
        assertEquals("SM2", checkedSm2.algorithm());
    }

    @Test
    void aRequestSignedByAnotherKeyProvesNoPossession() throws Exception {
        KeyPair mine = TestHierarchy.keyPair("RSA", 2048);
        KeyPair someoneElses = TestHierarchy.keyPair("RSA", 2048);
        assertRefused("certificate.csr.badSignature", TestHierarchy.request(mine, someoneElses, "SHA256withRSA"));
    }

    @Test
    void aRequestWhoseSignatureWasAlteredIsRefused() throws Exception {
        KeyPair keys = TestHierarchy.keyPair("EC", "secp256r1");
        byte[] request = TestHierarchy.request(keys, keys, "SHA256withECDSA");
        request[request.length - 5] ^= 0x01;
        assertRefused("certificate.csr.badSignature", request);
    }

    @Test
    void weakKeysAndOtherCurvesAreRefused() throws Exception {
        KeyPair rsa1024 = TestHierarchy.keyPair("RSA", 1024);
        assertRefused("certificate.csr.weakKey", TestHierarchy.request(rsa1024, rsa1024, "SHA256withRSA"));
        KeyPair p384 = TestHierarchy.keyPair("EC", "secp384r1");
        assertRefused("certificate.csr.weakKey", TestHierarchy.request(p384, p384, "SHA384withECDSA"));
    }

    @Test
    void bytesThatAreNoRequestAreRefused() {
        assertRefused("certificate.csr.unreadable", "-----BEGIN CERTIFICATE REQUEST-----".getBytes());
        assertRefused("certificate.csr.unreadable", new byte[0]);
    }

    private static void assertRefused(String key, byte[] request) {
        assertEquals(key, assertThrows(RuleViolation.class, () -> CertificationRequestCheck.check(request)).messageKey());
    }
}
