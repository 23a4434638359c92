package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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

    private static final int TOKENS = 16;
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
        token.generateKeyPair(USER_PIN.toCharArray(), KeyAlgorithm.EC_P256, SUBJECT);
        org.xipki.pkcs11.wrapper.Token p11 = ((Pkcs11Token) token).p11();
        Session session = p11.openSession(false);
        try {
            session.login(PKCS11Constants.CKU_USER, USER_PIN.toCharArray());
            long[] keys = session.findObjectsSingle(new AttributeVector().class_(PKCS11Constants.CKO_PRIVATE_KEY)
                    .label(Pkcs11Token.KEY_LABEL), 4);
            assertEquals(1, keys.length, "one signing key, the earlier one replaced");
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

    @Test
    void aMissingLibraryIsSaidPlainly() {
        TokenException missing = org.junit.jupiter.api.Assertions.assertThrows(TokenException.class,
                () -> Pkcs11Tokens.open(Path.of("/nonexistent/libvendor-pkcs11.so")));
        assertEquals(TokenError.LIBRARY_MISSING, missing.error());
    }
}
