package org.sealdesk.connector.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final int TOKENS = 16;
    private static final Deque<String> UNUSED = new ArrayDeque<>();
    private static Pkcs11Tokens source;

    @BeforeAll
    static void makeTokens() throws Exception {
        assumeTrue(Files.isRegularFile(LIBRARY) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util")),
                "SoftHSM2 not installed: apt-get install softhsm2 (.ci/run does)");
        Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokenDir = conf.getParent().resolve("tokens");
        deleteRecursively(conf.getParent());
        Files.createDirectories(tokenDir);
        Files.writeString(conf, "directories.tokendir = " + tokenDir + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        for (int i = 1; i <= TOKENS; i++) {
            String label = "ukey" + i;
            Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin",
                    SO_PIN, "--pin", USER_PIN).redirectErrorStream(true).start();
            String said = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, init.waitFor(), said);
            UNUSED.add(label);
        }
        source = Pkcs11Tokens.open(LIBRARY);
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

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
