package org.sealdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealdesk.ca.OpenSsl;

/**
 * Figures, not assertions (beyond each answer being a successful OCSP response with the certificate's right status):
 * OCSP requests per second and p50/p99 latency of the running server on PostgreSQL under a bounded load on loopback
 * ({@link OcspLoad}), beside {@code openssl ocsp} as a responder over the same certificates in the same run, both
 * with an RSA-2048 responder key. The certificate table holds {@value #CERTIFICATES} issued certificates, every
 * hundredth revoked. Run by bench/ocsp.sh; see docs/benchmarks.md.
 */
class OcspBenchmark {

    static final int CERTIFICATES = 300_000;
    static final int REVOKED_EVERY = 100;
    /** The certificates in use at a time (bidders stamping, platforms checking their stamps). */
    static final int IN_USE = 10_000;
    static final long FIRST_SERIAL = 0x6000000000000000L;
    static final int CLIENTS = Integer.getInteger("sealdesk.bench.clients", 4);
    static final int REQUESTS = Integer.getInteger("sealdesk.bench.requests", 20_000);

    private record Workload(String name, int inUse, boolean nonce) {
    }

    @Test
    void printsRequestsPerSecondAndLatency() throws Exception {
        Path dir = Path.of(System.getProperty("sealdesk.bench.dir"));
        Files.createDirectories(dir);
        fillCertificateTable();
        String server = System.getProperty("sealdesk.bench.url");
        Path ours = dir.resolve("rsa-issuing.pem");
        OpenSsl.pem(ours, "CERTIFICATE", HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server
                + "/pki/ca/rsa-issuing.cer")).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
        OpenSslResponder openssl = OpenSslResponder.prepare(dir, CERTIFICATES, FIRST_SERIAL, REVOKED_EVERY);
        System.out.printf("%nOCSP, Java %s, %d cores, %d certificates (%d revoked), %d clients, %d requests per row%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), CERTIFICATES,
                CERTIFICATES / REVOKED_EVERY, CLIENTS, REQUESTS);
        System.out.printf("%-42s %-17s %7s %7s %7s%n", "requests", "responder", "per s", "p50 ms", "p99 ms");
        long seed = System.nanoTime();
        Workload warmUp = new Workload("warm-up", 0, true);
        for (int i = 0; i < 2; i++) {
            run(warmUp, "SealDesk", load(server + "/pki/ocsp", ours, warmUp, seed, true)); // until the JIT has compiled
        }
        for (Workload workload : List.of(new Workload("no nonce, the 10,000 certificates in use", IN_USE, false),
                new Workload("no nonce, any of the 300,000", 0, false),
                new Workload("nonce, any of the 300,000", 0, true))) {
            long requests = seed + workload.name().hashCode(); // the same for both responders, another per row
            print(workload, "SealDesk", load(server + "/pki/ocsp", ours, workload, requests, true));
            List<String> opensslLoad = load(openssl.url(), openssl.issuer(), workload, requests, false);
            print(workload, "openssl ocsp", openssl.besideResponder(1, opensslLoad));
            int cores = Runtime.getRuntime().availableProcessors();
            print(workload, "openssl -multi " + cores, openssl.besideResponder(cores, opensslLoad));
        }
    }

    private static List<String> load(String url, Path issuer, Workload workload, long seed, boolean keepAlive) {
        return List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), OcspLoad.class.getName(), url, issuer.toString(),
                String.valueOf(CERTIFICATES), Long.toHexString(FIRST_SERIAL), String.valueOf(REVOKED_EVERY),
                String.valueOf(workload.inUse()), String.valueOf(seed), String.valueOf(workload.nonce()),
                String.valueOf(CLIENTS), String.valueOf(REQUESTS), String.valueOf(keepAlive));
    }

    private static void print(Workload workload, String responder, List<String> command) throws Exception {
        String[] figures = run(workload, responder, command);
        System.out.printf("%-42s %-17s %7s %7s %7s%n", workload.name(), responder, figures[0], figures[1],
                figures[2]);
    }

    /** @return requests per second, p50, p99 */
    private static String[] run(Workload workload, String responder, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(Path.of(System.getProperty("sealdesk.bench.dir"))
                .toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] figures = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()
                .split(" ");
        assertEquals(0, process.waitFor(), responder + ": " + workload.name());
        return figures;
    }

    /** The issued certificates, as rows only (relying parties ask by serial; OCSP reads no certificate body). */
    private static void fillCertificateTable() throws Exception {
        String user = System.getProperty("sealdesk.bench.user");
        try (Connection db = DriverManager.getConnection(System.getProperty("sealdesk.bench.jdbc"), user, user);
             Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO account (id, mobile, password_hash, created_at)"
                    + " VALUES (900000001, '19900000000', 'none', now())");
            sql.execute("INSERT INTO seal_order (id, number, kind, status, account_id, created_at)"
                    + " VALUES (900000001, 'BENCH0000000000001', 'NEW_ENTERPRISE_SEAL', 'COMPLETED', 900000001, now())");
            sql.execute("INSERT INTO certificate (id, serial, issuer_ca, subject, not_before, not_after, key_algorithm,"
                    + " public_key_sha256, status, revocation_reason, revoked_at, order_id, seal_type, attempt,"
                    + " created_at, issued_at)"
                    + " SELECT 900000000 + n, to_hex(" + FIRST_SERIAL + " + n), 'rsa-issuing', 'CN=bench ' || n,"
                    + " now() - interval '1 day', now() + interval '365 days', 'RSA_2048', md5(n::text) || md5('k' || n),"
                    + " CASE WHEN n % " + REVOKED_EVERY + " = 0 THEN 'REVOKED' ELSE 'VALID' END,"
                    + " CASE WHEN n % " + REVOKED_EVERY + " = 0 THEN 'KEY_COMPROMISE' END,"
                    + " CASE WHEN n % " + REVOKED_EVERY + " = 0 THEN now() END,"
                    + " 900000001, 'ENTERPRISE', 1, now(), now() FROM generate_series(1, " + CERTIFICATES + ") n");
            sql.execute("ANALYZE certificate");
        }
    }
}
