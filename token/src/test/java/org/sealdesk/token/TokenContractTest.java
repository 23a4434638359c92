package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every token does, whatever is behind it: run against SoftHSM2 (PKCS#11) and the software token.
 * Each test gets a token initialised with SO PIN {@link #SO_PIN} and user PIN {@link #USER_PIN}.
 */
abstract class TokenContractTest {

    static final String SO_PIN = SoftHsm.SO_PIN;
    static final String USER_PIN = SoftHsm.USER_PIN;
    static final String NEW_SO_PIN = "24681357";
    static final String SUBJECT = "CN=张三,O=肇庆市某某有限公司,C=CN";
    static final byte[] SEAL = "GB/T 38540 印章".getBytes(StandardCharsets.UTF_8);
    static final byte[] CHALLENGE = "SealDesk challenge v1\nhttps://seal.example.cn\nnonce".getBytes(StandardCharsets.UTF_8);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @TempDir
    Path scratch;

    /** A token initialised for this test alone. */
    abstract Token freshToken();

    /** A blank token, present beside the others. */
    abstract Token blankToken();

    abstract boolean offersSm2();

    @Test
    void describesItself() {
        TokenInfo info = freshToken().info();
        assertFalse(info.serial().isBlank());
        assertTrue(info.initialised());
        assertFalse(info.manufacturer().isBlank(), info.toString());
        assertFalse(info.pin().locked());
        assertFalse(info.pin().isDefault());
        assertFalse(info.pin().countLow());
    }

    @Test
    void verifiesTheUserPinAndCountsAWrongOne() {
        Token token = freshToken();
        assertDoesNotThrow(() -> token.verifyPin(USER_PIN.toCharArray()));
        TokenException wrong = assertThrows(TokenException.class, () -> token.verifyPin("000000".toCharArray()));
        assertEquals(TokenError.WRONG_PIN, wrong.error());
        assertTrue(token.info().pin().countLow(), "the token says a wrong PIN was entered");
        token.verifyPin(USER_PIN.toCharArray());
        assertFalse(token.info().pin().locked());
    }

    @Test
    void changesThePin() {
        Token token = freshToken();
        token.changePin(USER_PIN.toCharArray(), "654321a".toCharArray());
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.verifyPin(USER_PIN.toCharArray())).error());
        token.verifyPin("654321a".toCharArray());
        assertEquals(TokenError.PIN_INVALID, assertThrows(TokenException.class,
                () -> token.changePin("654321a".toCharArray(), "123".toCharArray())).error());
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.changePin("999999".toCharArray(), "7654321".toCharArray())).error());
    }

    @Test
    void generatesAnRsaKeyPairAndARequestSignedOnTheToken() throws Exception {
        assertRequestFromToken(freshToken(), KeyAlgorithm.RSA_2048, "RSA");
    }

    @Test
    void generatesAnEcKeyPairAndARequestSignedOnTheToken() throws Exception {
        assertRequestFromToken(freshToken(), KeyAlgorithm.EC_P256, "EC");
    }

    @Test
    void opensslVerifiesTheRequests() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "OpenSSL not installed (.ci/run installs it)");
        Token token = freshToken();
        for (KeyAlgorithm algorithm : new KeyAlgorithm[] {KeyAlgorithm.RSA_2048, KeyAlgorithm.EC_P256}) {
            Path file = scratch.resolve(algorithm + ".der");
            Files.write(file, token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT, algorithm, SUBJECT));
            Process openssl = new ProcessBuilder("/usr/bin/openssl", "req", "-inform", "DER", "-in", file.toString(),
                    "-verify", "-noout").redirectErrorStream(true).start();
            String said = new String(openssl.getInputStream().readAllBytes());
            assertEquals(0, openssl.waitFor(), said);
            assertTrue(said.contains("verify OK"), algorithm + ": " + said);
        }
    }

    @Test
    void generatesSm2WhereTheTokenOffersItAndSaysSoWhereNot() throws Exception {
        Token token = freshToken();
        if (offersSm2()) {
            PKCS10CertificationRequest request = new PKCS10CertificationRequest(
                    token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.PERSONAL, KeyAlgorithm.SM2, SUBJECT));
            assertTrue(request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(request.getSubjectPublicKeyInfo())));
            assertEquals("1.2.156.10197.1.501", request.getSignatureAlgorithm().getAlgorithm().getId(), "SM3withSM2");
        } else {
            TokenException refused = assertThrows(TokenException.class,
                    () -> token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.PERSONAL, KeyAlgorithm.SM2, SUBJECT));
            assertEquals(TokenError.UNSUPPORTED_ALGORITHM, refused.error());
            assertTrue(refused.getMessage().contains("SM2"), refused.getMessage());
        }
    }

    @Test
    void keyGenerationNeedsTheRightPin() {
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> freshToken().generateKeyPair("000000".toCharArray(), SealSlot.UNIT, KeyAlgorithm.EC_P256, SUBJECT)).error());
    }

    private void assertRequestFromToken(Token token, KeyAlgorithm algorithm, String keyAlgorithm) throws Exception {
        byte[] der = token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT, algorithm, SUBJECT);
        PKCS10CertificationRequest request = new PKCS10CertificationRequest(der);
        assertEquals(new X500Name(SUBJECT), request.getSubject());
        assertTrue(request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                .build(request.getSubjectPublicKeyInfo())), "BouncyCastle verifies the request");
        assertEquals(keyAlgorithm, new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(der).getPublicKey()
                .getAlgorithm());

        byte[] again = token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT, algorithm, SUBJECT);
        assertFalse(new PKCS10CertificationRequest(again).getSubjectPublicKeyInfo()
                .equals(request.getSubjectPublicKeyInfo()), "a second request has a key pair of its own");
    }

    /** A seal made as production makes it: key pair, certificate for its request, seal; returns the certificate. */
    static X509Certificate produce(Token token, SealSlot slot, KeyAlgorithm algorithm, byte[] seal) throws Exception {
        X509Certificate certificate = TestCertificates.certify(token.generateKeyPair(USER_PIN.toCharArray(), slot,
                algorithm, SUBJECT));
        token.writeCertificate(USER_PIN.toCharArray(), slot, certificate);
        token.writeSeal(USER_PIN.toCharArray(), slot, seal);
        return certificate;
    }

    @Test
    void storesTheCertificateBesideItsKeyPairAndTheSealBesideThem() throws Exception {
        Token token = freshToken();
        assertTrue(token.readCertificate(SealSlot.UNIT).isEmpty());
        assertTrue(token.certificates().isEmpty());
        X509Certificate certificate = TestCertificates.certify(token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT,
                KeyAlgorithm.EC_P256, SUBJECT));
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> token.writeSeal(USER_PIN.toCharArray(), SealSlot.UNIT, SEAL)).error(), "no seal before a certificate");
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.writeCertificate("000000".toCharArray(), SealSlot.UNIT, certificate)).error());
        token.writeCertificate(USER_PIN.toCharArray(), SealSlot.UNIT, certificate);
        assertArrayEquals(certificate.getEncoded(), token.readCertificate(SealSlot.UNIT).orElseThrow().getEncoded());
        assertTrue(token.readSeal(SealSlot.UNIT).isEmpty());
        token.writeSeal(USER_PIN.toCharArray(), SealSlot.UNIT, SEAL);
        assertArrayEquals(SEAL, token.readSeal(SealSlot.UNIT).orElseThrow());
        assertEquals(Map.of(SealSlot.UNIT, certificate), token.certificates());
        assertTrue(token.readCertificate(SealSlot.LEGAL_REP).isEmpty(), "the other slots stay empty");

        byte[] changed = "变更后的印章".getBytes(StandardCharsets.UTF_8);
        token.writeSeal(USER_PIN.toCharArray(), SealSlot.UNIT, changed);
        assertArrayEquals(changed, token.readSeal(SealSlot.UNIT).orElseThrow(), "a changed seal keeps its key");
        assertArrayEquals(certificate.getEncoded(), token.readCertificate(SealSlot.UNIT).orElseThrow().getEncoded());
    }

    @Test
    void refusesACertificateForAKeyItDoesNotHold() throws Exception {
        Token token = freshToken();
        token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT, KeyAlgorithm.EC_P256, SUBJECT);
        X509Certificate stranger = TestCertificates.issue(SUBJECT);
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> token.writeCertificate(USER_PIN.toCharArray(), SealSlot.UNIT, stranger)).error());
        X509Certificate unit = TestCertificates.certify(token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT,
                KeyAlgorithm.EC_P256, SUBJECT));
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> token.writeCertificate(USER_PIN.toCharArray(), SealSlot.LEGAL_REP, unit)).error(),
                "a certificate goes to the slot of its key");
    }

    @Test
    void holdsSeveralSealsEachWithItsOwnKey() throws Exception {
        Token token = freshToken();
        X509Certificate unit = produce(token, SealSlot.UNIT, KeyAlgorithm.EC_P256, SEAL);
        byte[] legalRepSeal = "法定代表人签章".getBytes(StandardCharsets.UTF_8);
        X509Certificate legalRep = produce(token, SealSlot.LEGAL_REP, KeyAlgorithm.RSA_2048, legalRepSeal);
        assertEquals(Map.of(SealSlot.UNIT, unit, SealSlot.LEGAL_REP, legalRep), token.certificates());
        assertArrayEquals(SEAL, token.readSeal(SealSlot.UNIT).orElseThrow());
        assertArrayEquals(legalRepSeal, token.readSeal(SealSlot.LEGAL_REP).orElseThrow());
        assertFalse(unit.getPublicKey().equals(legalRep.getPublicKey()));
    }

    @Test
    void aRenewalThatStopsHalfWayLeavesTheUkeyAsItWas() throws Exception {
        Token token = freshToken();
        X509Certificate old = produce(token, SealSlot.UNIT, KeyAlgorithm.EC_P256, SEAL);
        byte[] renewedSeal = "续期后的印章".getBytes(StandardCharsets.UTF_8);

        X509Certificate abandoned = TestCertificates.certify(token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT,
                KeyAlgorithm.EC_P256, SUBJECT));
        token.writeCertificate(USER_PIN.toCharArray(), SealSlot.UNIT, abandoned);
        assertArrayEquals(old.getEncoded(), token.readCertificate(SealSlot.UNIT).orElseThrow().getEncoded(),
                "a new certificate without its seal is not yet in use");
        assertArrayEquals(SEAL, token.readSeal(SealSlot.UNIT).orElseThrow());
        assertSignedBy(old, token.sign(USER_PIN.toCharArray(), SealSlot.UNIT, CHALLENGE));

        X509Certificate renewed = produce(token, SealSlot.UNIT, KeyAlgorithm.EC_P256, renewedSeal);
        assertArrayEquals(renewed.getEncoded(), token.readCertificate(SealSlot.UNIT).orElseThrow().getEncoded());
        assertArrayEquals(renewedSeal, token.readSeal(SealSlot.UNIT).orElseThrow());
        assertSignedBy(renewed, token.sign(USER_PIN.toCharArray(), SealSlot.UNIT, CHALLENGE));
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> token.writeCertificate(USER_PIN.toCharArray(), SealSlot.UNIT, old)).error(),
                "the old key pair is gone once the new seal is read back");
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> token.writeCertificate(USER_PIN.toCharArray(), SealSlot.UNIT, abandoned)).error(),
                "so is the abandoned attempt's");
    }

    @Test
    void signsAMessageWithTheSealsKey() throws Exception {
        Token token = freshToken();
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> token.sign(USER_PIN.toCharArray(), SealSlot.UNIT, CHALLENGE)).error());
        X509Certificate rsa = produce(token, SealSlot.UNIT, KeyAlgorithm.RSA_2048, SEAL);
        X509Certificate ec = produce(token, SealSlot.LEGAL_REP, KeyAlgorithm.EC_P256, SEAL);
        assertSignedBy(rsa, token.sign(USER_PIN.toCharArray(), SealSlot.UNIT, CHALLENGE));
        assertSignedBy(ec, token.sign(USER_PIN.toCharArray(), SealSlot.LEGAL_REP, CHALLENGE));
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.sign("000000".toCharArray(), SealSlot.UNIT, CHALLENGE)).error());
    }

    static void assertSignedBy(X509Certificate certificate, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance(certificate.getPublicKey().getAlgorithm().equals("RSA")
                ? "SHA256withRSA" : "SHA256withECDSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(CHALLENGE);
        assertTrue(verifier.verify(signature), "signed by the key of " + certificate.getSubjectX500Principal());
    }

    @Test
    void unlockSetsTheDefaultPinWhichThenAsksToBeChanged() {
        Token token = freshToken();
        assertThrows(TokenException.class, () -> token.verifyPin("000000".toCharArray()));
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.unlock("11111111".toCharArray(), NEW_SO_PIN.toCharArray())).error(),
                "a wrong SO PIN does not unlock");
        token.unlock(SO_PIN.toCharArray(), NEW_SO_PIN.toCharArray());
        // Its answer lost, the next ticket carries the same PINs: the ukey has the new SO PIN already, and it works.
        token.unlock(SO_PIN.toCharArray(), NEW_SO_PIN.toCharArray());
        TokenInfo unlocked = token.info();
        assertTrue(unlocked.pin().isDefault(), unlocked.toString());
        assertFalse(unlocked.pin().locked());
        token.verifyPin(Token.DEFAULT_USER_PIN.toCharArray());
        token.changePin(Token.DEFAULT_USER_PIN.toCharArray(), "24680135".toCharArray());
        assertFalse(token.info().pin().isDefault());
        token.verifyPin("24680135".toCharArray());
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.unlock(SO_PIN.toCharArray(), "13579246".toCharArray())).error(), "a used SO PIN is spent");
        token.unlock(NEW_SO_PIN.toCharArray(), "13579246".toCharArray());
    }

    @Test
    void initialisesABlankToken() {
        Token blank = blankToken();
        assertFalse(blank.info().initialised());
        assertEquals(TokenError.NOT_INITIALISED, assertThrows(TokenException.class,
                () -> blank.verifyPin(USER_PIN.toCharArray())).error());
        TokenInfo initialised = blank.initialise("ukey-production", SO_PIN.toCharArray(), "13572468".toCharArray());
        assertTrue(initialised.initialised());
        assertEquals("ukey-production", initialised.label());
        assertEquals(TokenError.PIN_INVALID, assertThrows(TokenException.class,
                () -> blankToken().initialise("x", SO_PIN.toCharArray(), "1".toCharArray())).error());
    }
}
