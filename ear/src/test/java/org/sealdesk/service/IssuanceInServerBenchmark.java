package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.SealType;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.token.BouncyCastle;
import org.sealdesk.web.Caller;

/**
 * Figures, not assertions: issuances per second in the server — CSR → PENDING record → certificate and seal signed →
 * both stored with the audit record, i.e. {@link CertificateIssuance#issue} with its two transactions — beside
 * BouncyCastle's raw rate of the same cryptography (one CSR verification and two signatures) in the same JVM and
 * run. One thread, as a producer's page issues one seal at a time. Run by bench/issuance.sh in a server on PostgreSQL;
 * see docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
class IssuanceInServerBenchmark {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    CertificateIssuance issuance;

    @Test
    void printsIssuancesPerSecondInTheServer() throws Exception {
        StringBuilder table = new StringBuilder(String.format("%nIssuance in the server on PostgreSQL, Java %s, %d cores%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        table.append(String.format("%-52s %6s %10s %8s%n", "operation", "runs", "ms per op", "per s"));
        run(table, "SM2", sm2(), "SM3withSM2", 400);
        run(table, "RSA-2048", rsa(), "SHA256withRSA", 150);
        // This runs in the server, whose standard output goes to its log: the table goes to the file the script prints.
        Path report = Path.of(System.getProperty("sealdesk.bench.report"));
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }

    private void run(StringBuilder table, String name, Generator keys, String algorithm, int runs) throws Exception {
        int warmUp = runs / 2;
        List<byte[]> requests = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            requests.add(request(keys.next(), algorithm));
        }
        KeyPair issuing = keys.next();
        KeyPair maker = keys.next();
        byte[] content = new byte[1200];
        row(table, name + " raw: CSR verify + 2 signatures", runs, time(warmUp, runs, i -> {
            PKCS10CertificationRequest csr = new PKCS10CertificationRequest(requests.get(i));
            csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(csr.getSubjectPublicKeyInfo()));
            for (KeyPair key : List.of(issuing, maker)) {
                Signature signature = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
                signature.initSign(key.getPrivate());
                signature.update(content);
                signature.sign();
            }
        }));
        String number = Orders.approvedPersonalOrder("周九");
        Callers.signIn(Caller.staff("producer-bench", Set.of(StaffRole.PRODUCER)));
        row(table, name + " issuance: CSR → stored certificate and seal", runs, time(warmUp, runs, i ->
                assertEquals(SealType.PERSONAL_SIGNATURE, issuance.issue(new OrderNumber(number), i + 1,
                        SealType.PERSONAL_SIGNATURE, requests.get(i)).type())));
    }

    private interface Generator {
        KeyPair next() throws Exception;
    }

    private interface Work {
        void run(int index) throws Exception;
    }

    private static Generator rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator::generateKeyPair;
    }

    private static Generator sm2() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator::generateKeyPair;
    }

    private static byte[] request(KeyPair keys, String algorithm) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=bench"), keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER)
                        .build(keys.getPrivate())).getEncoded();
    }

    /** Milliseconds per run of {@code work} over indexes warmUp … warmUp + runs − 1, after the warm-up ones. */
    private static double time(int warmUp, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run(i);
        }
        long start = System.nanoTime();
        for (int i = warmUp; i < warmUp + runs; i++) {
            work.run(i);
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    private static void row(StringBuilder table, String operation, int runs, double msPerOperation) {
        table.append(String.format("%-52s %6d %10.2f %8.1f%n", operation, runs, msPerOperation,
                1000 / msPerOperation));
    }
}
