package org.sealdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code openssl ocsp} as a responder over the benchmark's certificates: its own RSA-2048 CA and delegated
 * responder, an index listing the same serials with the same statuses; one process, or one per core
 * ({@code -multi}). OpenSSL 3.0's responder listens on every interface, so it runs, with the load that measures it,
 * in a network namespace of its own whose only interface is loopback ({@code unshare}, as root), and stops with it.
 */
final class OpenSslResponder {

    static final int PORT = 19580;
    private final Path dir;

    private OpenSslResponder(Path dir) {
        this.dir = dir;
    }

    static OpenSslResponder prepare(Path dir, int certificates, long firstSerial, int revokedEvery) throws Exception {
        openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=Bench CA", "-days", "30",
                "-keyout", "ca.key", "-out", "ca.pem");
        Files.writeString(dir.resolve("responder.ext"), "extendedKeyUsage=OCSPSigning\n");
        openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=Bench OCSP", "-keyout", "responder.key",
                "-out", "responder.csr");
        openssl(dir, "x509", "-req", "-in", "responder.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "1",
                "-days", "30", "-extfile", "responder.ext", "-out", "responder.pem");
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("index.txt"))) {
            for (int n = 1; n <= certificates; n++) {
                boolean revoked = n % revokedEvery == 0;
                out.write((revoked ? "R" : "V") + "\t271231000000Z\t" + (revoked ? "261201000000Z,keyCompromise" : "")
                        + "\t" + Long.toHexString(firstSerial + n).toUpperCase() + "\tunknown\t/CN=bench " + n + "\n");
            }
        }
        return new OpenSslResponder(dir);
    }

    String url() {
        return "http://127.0.0.1:" + PORT + "/";
    }

    Path issuer() {
        return dir.resolve("ca.pem");
    }

    /**
     * {@code load} run beside the responder ({@code processes} of them) in a namespace of their own; everything in it
     * ends when load ends.
     */
    List<String> besideResponder(int processes, List<String> load) {
        String responder = "openssl ocsp -index index.txt -port " + PORT + " -rsigner responder.pem -rkey responder.key"
                + " -CA ca.pem -ignore_err" + (processes > 1 ? " -multi " + processes : "") + " >openssl-ocsp.log 2>&1 &";
        List<String> command = new ArrayList<>(List.of("unshare", "--net", "--pid", "--fork", "--mount-proc", "sh",
                "-c", "ip link set lo up && " + responder + " exec \"$@\"", "load"));
        command.addAll(load);
        return command;
    }

    private static void openssl(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("openssl " + String.join(" ", arguments) + ": " + output);
        }
    }
}
