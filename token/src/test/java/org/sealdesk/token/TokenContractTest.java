package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
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
    static final String SUBJECT = "CN=张三,O=肇庆市某某有限公司,C=CN";
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
            Files.write(file, token.generateKeyPair(USER_PIN.toCharArray(), algorithm, SUBJECT));
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
                    token.generateKeyPair(USER_PIN.toCharArray(), KeyAlgorithm.SM2, SUBJECT));
            assertTrue(request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(request.getSubjectPublicKeyInfo())));
            assertEquals("1.2.156.10197.1.501", request.getSignatureAlgorithm().getAlgorithm().getId(), "SM3withSM2");
        } else {
            TokenException refused = assertThrows(TokenException.class,
                    () -> token.generateKeyPair(USER_PIN.toCharArray(), KeyAlgorithm.SM2, SUBJECT));
            assertEquals(TokenError.UNSUPPORTED_ALGORITHM, refused.error());
            assertTrue(refused.getMessage().contains("SM2"), refused.getMessage());
        }
    }

    @Test
    void keyGenerationNeedsTheRightPin() {
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> freshToken().generateKeyPair("000000".toCharArray(), KeyAlgorithm.EC_P256, SUBJECT)).error());
    }

    private void assertRequestFromToken(Token token, KeyAlgorithm algorithm, String keyAlgorithm) throws Exception {
        byte[] der = token.generateKeyPair(USER_PIN.toCharArray(), algorithm, SUBJECT);
        PKCS10CertificationRequest request = new PKCS10CertificationRequest(der);
        assertEquals(new X500Name(SUBJECT), request.getSubject());
        assertTrue(request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                .build(request.getSubjectPublicKeyInfo())), "BouncyCastle verifies the request");
        assertEquals(keyAlgorithm, new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(der).getPublicKey()
                .getAlgorithm());

        byte[] again = token.generateKeyPair(USER_PIN.toCharArray(), algorithm, SUBJECT);
        assertFalse(new PKCS10CertificationRequest(again).getSubjectPublicKeyInfo()
                .equals(request.getSubjectPublicKeyInfo()), "a new key pair replaces the old one");
    }

    @Test
    void storesTheCertificateAndReplacesItOnRenewal() throws Exception {
        Token token = freshToken();
        assertTrue(token.readCertificate().isEmpty());
        X509Certificate first = TestCertificates.issue("CN=first");
        X509Certificate renewed = TestCertificates.issue("CN=renewed");
        token.writeCertificate(USER_PIN.toCharArray(), first);
        assertArrayEquals(first.getEncoded(), token.readCertificate().orElseThrow().getEncoded());
        token.writeCertificate(USER_PIN.toCharArray(), renewed);
        assertArrayEquals(renewed.getEncoded(), token.readCertificate().orElseThrow().getEncoded());
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.writeCertificate("000000".toCharArray(), first)).error());
    }

    @Test
    void storesTheSealDataAndReplacesIt() {
        Token token = freshToken();
        assertTrue(token.readSealData().isEmpty());
        byte[] seal = new byte[3000];
        new SecureRandom().nextBytes(seal);
        token.writeSealData(USER_PIN.toCharArray(), seal);
        assertArrayEquals(seal, token.readSealData().orElseThrow());
        byte[] changed = "变更后的印章".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        token.writeSealData(USER_PIN.toCharArray(), changed);
        assertArrayEquals(changed, token.readSealData().orElseThrow());
    }

    @Test
    void unlockSetsTheDefaultPinWhichThenAsksToBeChanged() {
        Token token = freshToken();
        assertThrows(TokenException.class, () -> token.verifyPin("000000".toCharArray()));
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.unlock("11111111".toCharArray())).error(), "a wrong SO PIN does not unlock");
        token.unlock(SO_PIN.toCharArray());
        TokenInfo unlocked = token.info();
        assertTrue(unlocked.pin().isDefault(), unlocked.toString());
        assertFalse(unlocked.pin().locked());
        token.verifyPin(Token.DEFAULT_USER_PIN.toCharArray());
        token.changePin(Token.DEFAULT_USER_PIN.toCharArray(), "24680135".toCharArray());
        assertFalse(token.info().pin().isDefault());
        token.verifyPin("24680135".toCharArray());
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
