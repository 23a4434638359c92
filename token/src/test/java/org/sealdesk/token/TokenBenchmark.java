package org.sealdesk.token;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
            byte[] challenge = new byte[200];
            time("RSA-2048 key pair + signed CSR", 10,
                    () -> token.generateKeyPair(pin, SealSlot.UNIT, KeyAlgorithm.RSA_2048, "CN=bench"));
            time("sign SHA256withRSA (session + login)", 200, () -> token.sign(pin, SealSlot.UNIT, challenge));
            time("P-256 key pair + signed CSR", 50,
                    () -> token.generateKeyPair(pin, SealSlot.LEGAL_REP, KeyAlgorithm.EC_P256, "CN=bench"));
            time("sign ECDSA P-256 (session + login)", 200, () -> token.sign(pin, SealSlot.LEGAL_REP, challenge));
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
