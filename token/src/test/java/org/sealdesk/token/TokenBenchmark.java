package org.sealdesk.token;

import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_ECDSA;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_SHA256_RSA_PKCS;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_PRIVATE_KEY;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKU_USER;

import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.Session;

/**
 * Figures, not assertions: per-operation times on SoftHSM2 through PKCS#11. Not part of the test
 * run (surefire excludes *Benchmark); bench/tokens.sh runs it. See docs/benchmarks.md.
 */
class TokenBenchmark {

    @Test
    void printsPerOperationTimes() throws Exception {
        SoftHsm.assumeInstalled();
        SoftHsm.createTokens(Path.of(System.getenv("SOFTHSM2_CONF")), 1);
        try (Pkcs11Tokens source = Pkcs11Tokens.open(SoftHsm.LIBRARY)) {
            Pkcs11Token token = (Pkcs11Token) source.single();
            char[] pin = SoftHsm.USER_PIN.toCharArray();
            System.out.printf("%nSoftHSM2 via PKCS#11 (ipkcs11wrapper), %s, Java %s%n", token.info().model(),
                    System.getProperty("java.version"));
            System.out.printf("%-34s %8s %12s%n", "operation", "runs", "ms per op");
            time("verify PIN (session + login)", 200, () -> token.verifyPin(pin));
            time("RSA-2048 key pair + signed CSR", 10, () -> token.generateKeyPair(pin, KeyAlgorithm.RSA_2048, "CN=bench"));
            timeSigning("sign SHA256withRSA (RSA-2048)", token, pin, CKM_SHA256_RSA_PKCS, false);
            time("P-256 key pair + signed CSR", 50, () -> token.generateKeyPair(pin, KeyAlgorithm.EC_P256, "CN=bench"));
            timeSigning("sign ECDSA P-256 (SHA-256 in Java)", token, pin, CKM_ECDSA, true);
        }
    }

    /** Signs 1 KiB repeatedly with the token's current signing key, in one logged-in session (closed after). */
    private static void timeSigning(String operation, Pkcs11Token token, char[] pin, long mechanism, boolean hashFirst)
            throws Exception {
        Session session = token.p11().openSession(false);
        try {
            session.login(CKU_USER, pin);
            long key = session.findObjectsSingle(new AttributeVector().class_(CKO_PRIVATE_KEY)
                    .label(Pkcs11Token.KEY_LABEL), 1)[0];
            byte[] data = new byte[1024];
            time(operation, 200, () -> {
                try {
                    byte[] input = hashFirst ? MessageDigest.getInstance("SHA-256").digest(data) : data;
                    session.signSingle(new Mechanism(mechanism), key, input);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            session.logout();
        } finally {
            session.closeSession();
        }
    }

    private static void time(String operation, int runs, Runnable work) {
        work.run(); // warm-up
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        double perOperation = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%-34s %8d %12.2f%n", operation, runs, perOperation);
    }
}
