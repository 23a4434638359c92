package org.sealdesk.ca;

import java.security.KeyPair;
import java.security.Signature;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.sealdesk.order.SealType;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.seal.SealImages;
import org.sealdesk.token.BouncyCastle;

/**
 * Figures, not assertions: issuances per second (CSR checked → certificate signed → seal signed, its image kept
 * since the order's submission; and, to show why it is kept, drawn each time) for RSA-2048 and SM2, through the
 * server's own {@link CertificateIssuance#sign}, beside BouncyCastle's raw rate for the same cryptography (one CSR verification and two
 * signatures) measured in the same run. The database's two short transactions are not in it. Run by
 * bench/issuance.sh; see docs/benchmarks.md.
 */
class IssuanceBenchmark {

    private static final SealImages IMAGES = new SealImages(CjkFont.of(Optional.empty()));

    @Test
    void printsIssuancesPerSecond() throws Exception {
        System.out.printf("%nIssuance, Java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-44s %8s %12s %10s%n", "operation", "runs", "ms per op", "per s");
        run(CaFamily.RSA, TestHierarchy.keyPair("RSA", 2048), "SHA256withRSA", 200);
        run(CaFamily.SM2, TestHierarchy.keyPair("EC", "sm2p256v1"), "SM3withSM2", 500);
    }

    private static void run(CaFamily family, KeyPair holder, String algorithm, int runs) throws Exception {
        byte[] request = TestHierarchy.request(holder, holder, algorithm);
        CaKey issuing = TestHierarchy.key(family, CaRole.ISSUING);
        CaKey maker = TestHierarchy.key(family, CaRole.SEAL_MAKER);
        byte[] sample = new byte[1200];
        time(family + " raw: CSR verify + 2 signatures", runs, () -> {
            PKCS10CertificationRequest csr = new PKCS10CertificationRequest(request);
            csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(csr.getSubjectPublicKeyInfo()));
            for (CaKey key : List.of(issuing, maker)) {
                Signature signature = Signature.getInstance(family.signatureAlgorithm(), BouncyCastle.PROVIDER);
                signature.initSign(key.key());
                signature.update(sample);
                signature.sign();
            }
        });
        time(family + " issuance, image drawn each time", runs / 10, () -> issue(request, issuing, maker, true));
        time(family + " issuance, image kept from submission", runs, () -> issue(request, issuing, maker, false));
    }

    private static final byte[] KEPT_IMAGE = IMAGES.draw(SealType.PERSONAL_SIGNATURE, "周九").png();

    /** What {@link CertificateIssuance#issue} does between its two transactions, with the image drawn or kept. */
    private static void issue(byte[] request, CaKey issuing, CaKey maker, boolean draw) {
        var key = CertificationRequestCheck.check(request);
        HolderSubject subject = HolderSubject.of(SealType.PERSONAL_SIGNATURE, "周九", null, null, "ab".repeat(32));
        byte[] image = draw ? IMAGES.draw(SealType.PERSONAL_SIGNATURE, "周九").png() : KEPT_IMAGE;
        IssuanceRecords.Pending pending = new IssuanceRecords.Pending(1, CertificateProfile.newSerial().toString(16),
                key.family(), subject, TestHierarchy.NOW, TestHierarchy.NOW.plusSeconds(86400 * 365), 1, "SD-BENCH", 1,
                SealType.PERSONAL_SIGNATURE, null, "周九", image);
        CertificateIssuance.sign(TestHierarchy.PROFILE, issuing, maker, pending, key.publicKey(), "SD-BENCH-P1");
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void time(String operation, int runs, Work work) throws Exception {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            work.run(); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        double perOperation = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%-44s %8d %12.2f %10.1f%n", operation, runs, perOperation, 1000 / perOperation);
    }
}
