package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.Session;

/**
 * The shared token suite through PKCS#11 on SoftHSM2. The tokens are made with softhsm2-util in
 * {@code target/softhsm} (SOFTHSM2_CONF is set for the test JVM) before the library is loaded.
 */
class SoftHsmTokenTest extends TokenContractTest {

    private static final int TOKENS = 26;
    private static final Deque<String> UNUSED = new ArrayDeque<>();
    private static Pkcs11Tokens source;

    @BeforeAll
    static void makeTokens() throws Exception {
        SoftHsm.assumeInstalled();
        SoftHsm.createTokens(Path.of(System.getenv("SOFTHSM2_CONF")), TOKENS);
        for (int i = 1; i <= TOKENS; i++) {
            UNUSED.add("ukey" + i);
        }
        source = Pkcs11Tokens.open(SoftHsm.LIBRARY);
    }

    @AfterAll
    static void closeLibrary() {
        if (source != null) {
            source.close();
        }
    }

    @Override
    Token freshToken() {
        String label = UNUSED.remove();
        return source.tokens().stream().filter(token -> token.info().label().equals(label)).findFirst().orElseThrow();
    }

    @Override
    Token blankToken() {
        return source.tokens().stream().filter(token -> !token.info().initialised()).findFirst().orElseThrow();
    }

    @Override
    boolean offersSm2() {
        return false;
    }

    @Test
    void thePrivateKeyStaysOnTheToken() throws Exception {
        Token token = freshToken();
        token.generateKeyPair(USER_PIN.toCharArray(), SealSlot.UNIT, KeyAlgorithm.EC_P256, SUBJECT);
        org.xipki.pkcs11.wrapper.Token p11 = ((Pkcs11Token) token).p11();
        Session session = p11.openSession(false);
        try {
            session.login(PKCS11Constants.CKU_USER, USER_PIN.toCharArray());
            long[] keys = session.findObjectsSingle(new AttributeVector().class_(PKCS11Constants.CKO_PRIVATE_KEY)
                    .label(Pkcs11Token.keyLabel(SealSlot.UNIT)), 4);
            assertEquals(1, keys.length);
            AttributeVector key = session.getAttrValues(keys[0], PKCS11Constants.CKA_EXTRACTABLE,
                    PKCS11Constants.CKA_SENSITIVE, PKCS11Constants.CKA_NEVER_EXTRACTABLE);
            assertFalse(key.extractable());
            assertTrue(key.sensitive());
            assertTrue(key.neverExtractable());
            session.logout();
        } finally {
            session.closeSession();
        }
    }

    /** What pkcs11-tool, which no one here wrote, sees on a ukey holding two seals. */
    @Test
    void pkcs11ToolSeesEachSealsKeyPairAndCertificateUnderOneId() throws Exception {
        Token token = freshToken();
        produce(token, SealSlot.UNIT, KeyAlgorithm.EC_P256, SEAL);
        produce(token, SealSlot.LEGAL_REP, KeyAlgorithm.RSA_2048, SEAL);
        ProcessBuilder tool = new ProcessBuilder("pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(), "--token-label",
                token.info().label(), "--login", "--pin", USER_PIN, "--list-objects").redirectErrorStream(true);
        Process process = tool.start();
        String listed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), listed);
        for (SealSlot slot : new SealSlot[] {SealSlot.UNIT, SealSlot.LEGAL_REP}) {
            String label = Pkcs11Token.keyLabel(slot);
            Map<String, Set<String>> idsByKind = new TreeMap<>();
            for (String object : listed.split("\n(?=\\S)")) {
                if (object.contains("label:      " + label + "\n")) {
                    Matcher id = Pattern.compile("ID:\\s+(\\p{XDigit}+)").matcher(object);
                    assertTrue(id.find(), object);
                    idsByKind.computeIfAbsent(object.substring(0, object.indexOf(" Object")), kind -> new TreeSet<>())
                            .add(id.group(1));
                }
            }
            assertEquals(Set.of("Private Key", "Public Key", "Certificate"), idsByKind.keySet(), listed);
            assertEquals(1, idsByKind.values().stream().flatMap(Set::stream).distinct().count(),
                    slot + ": key pair and certificate share one CKA_ID\n" + listed);
            assertTrue(idsByKind.get("Certificate").iterator().next().startsWith("0" + (slot.ordinal() + 1)), listed);
            assertTrue(listed.contains(label + "-seal-"), "the seal beside them\n" + listed);
        }
    }

    /** ukey 更换: the former CA's certificate beside a SealDesk seal, found and signed with through PKCS#11. */
    @Test
    void aFormerCasUkeyProvesItsCertificateWithItsKey() throws Exception {
        Token token = freshToken();
        produce(token, SealSlot.UNIT, KeyAlgorithm.EC_P256, SEAL);
        byte[] former = SoftHsm.putFormerCertificate(Path.of(System.getenv("SOFTHSM2_CONF")), token.info().label(),
                "SZCA sign", key -> TestCertificates.issue(new X500Name("CN=深圳前海某某科技有限公司,O=深圳前海某某科技有限公司,C=CN"),
                        SubjectPublicKeyInfo.getInstance(key)).getEncoded());
        byte[] message = "SealDesk challenge v1\nhttps://seal.example.cn\nnonce".getBytes(StandardCharsets.UTF_8);

        FormerCertificateProof proof = token.proveFormerCertificate(USER_PIN.toCharArray(), message);

        assertArrayEquals(former, proof.certificate().getEncoded());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(proof.certificate().getPublicKey());
        verifier.update(message);
        assertTrue(verifier.verify(proof.signature()));
        assertEquals(TokenError.WRONG_PIN, assertThrows(TokenException.class,
                () -> token.proveFormerCertificate("975310".toCharArray(), message)).error());
        assertEquals(TokenError.NOT_FOUND, assertThrows(TokenException.class,
                () -> freshToken().proveFormerCertificate(USER_PIN.toCharArray(), message)).error(),
                "a ukey with no other CA's certificate");
    }

    @Test
    void aMissingLibraryIsSaidPlainly() {
        TokenException missing = org.junit.jupiter.api.Assertions.assertThrows(TokenException.class,
                () -> Pkcs11Tokens.open(Path.of("/nonexistent/libvendor-pkcs11.so")));
        assertEquals(TokenError.LIBRARY_MISSING, missing.error());
    }
}
