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
import org.sealdesk.seal.SesSeal;
import org.sealdesk.token.BouncyCastle;

/**
 * Figures, not assertions: issuances per second (CSR checked → certificate signed → seal image drawn → seal signed)
 * for RSA-2048 and SM2, beside BouncyCastle's raw rate for the same cryptography (one CSR verification and two
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
        byte[] makerCertificate = CertificateAuthority.encoded(maker.certificate());
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
        time(family + " issuance with the seal image drawn", runs / 10, () -> issue(family, request, issuing, maker,
                makerCertificate, true));
        time(family + " issuance, image drawn once per order", runs, () -> issue(family, request, issuing, maker,
                makerCertificate, false));
    }

    private static final SealImages.SealImage IMAGE = IMAGES.draw(SealType.PERSONAL_SIGNATURE, "周九");

    private static void issue(CaFamily family, byte[] request, CaKey issuing, CaKey maker, byte[] makerCertificate,
            boolean draw) {
        var key = CertificationRequestCheck.check(request);
        HolderSubject subject = HolderSubject.of(SealType.PERSONAL_SIGNATURE, "周九", null, null, "ab".repeat(32));
        byte[] certificate = CertificateAuthority.encoded(TestHierarchy.PROFILE.signer(issuing,
                CertificateProfile.newSerial(), subject.name(), key.publicKey(), TestHierarchy.NOW,
                TestHierarchy.NOW.plusSeconds(86400 * 365), null));
        SealImages.SealImage image = draw ? IMAGES.draw(SealType.PERSONAL_SIGNATURE, "周九") : IMAGE;
        SesSeal.make(new SesSeal.Content("SD-BENCH-P1", SesSeal.Kind.PERSON, "周九", List.of(certificate),
                TestHierarchy.NOW, TestHierarchy.NOW, TestHierarchy.NOW.plusSeconds(86400 * 365), image.png(), 20, 20),
                makerCertificate, family.signer(maker.key()));
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
