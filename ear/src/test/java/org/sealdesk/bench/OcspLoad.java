package org.sealdesk.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * One row of the OCSP benchmark, in a process of its own (so that it can run beside {@code openssl ocsp} in that
 * one's private network namespace): a bounded load — {@code clients} clients, each sending its next request when the
 * last is answered — of {@code requests} requests after a tenth as many unmeasured (and, for a set of certificates
 * in use, each of them asked once: the steady state of a responder that reuses answers); every answer checked to be
 * a successful response, every tenth parsed in full and its certificate's status checked. Prints requests per
 * second, p50 and p99 in ms.
 *
 * <p>Arguments: url issuer.pem certificates firstSerialHex revokedEvery inUse(0: any) seed nonce clients requests
 * keepAlive. Without keepAlive each request has a connection of its own (openssl ocsp answers HTTP/1.0 and closes).
 */
public final class OcspLoad {

    private final String url;
    private final long firstSerial;
    private final int revokedEvery;
    private final boolean keepAlive;

    private OcspLoad(String url, long firstSerial, int revokedEvery, boolean keepAlive) {
        this.url = url;
        this.keepAlive = keepAlive;
        this.firstSerial = firstSerial;
        this.revokedEvery = revokedEvery;
    }

    private record Request(byte[] der, int number) {
    }

    public static void main(String[] args) throws Exception {
        X509CertificateHolder issuer;
        try (Reader pem = Files.newBufferedReader(Path.of(args[1])); PEMParser parser = new PEMParser(pem)) {
            issuer = (X509CertificateHolder) parser.readObject();
        }
        int certificates = Integer.parseInt(args[2]);
        long firstSerial = Long.parseLong(args[3], 16);
        int revokedEvery = Integer.parseInt(args[4]);
        int inUse = Integer.parseInt(args[5]);
        Random random = new Random(Long.parseLong(args[6]));
        boolean nonce = Boolean.parseBoolean(args[7]);
        int clients = Integer.parseInt(args[8]);
        int measured = Integer.parseInt(args[9]);
        int[] inUseNumbers = random.ints(inUse, 1, certificates + 1).toArray();
        DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1);
        List<Request> measuredRequests = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            int number = inUse == 0 ? 1 + random.nextInt(certificates) : inUseNumbers[random.nextInt(inUse)];
            measuredRequests.add(request(sha1, issuer, firstSerial, number, nonce ? random : null));
        }
        List<Request> warmUp = new ArrayList<>(); // a tenth as many; and each certificate in use asked once
        for (int i = 0; i < measured / 10; i++) {
            warmUp.add(request(sha1, issuer, firstSerial, 1 + random.nextInt(certificates), nonce ? random : null));
        }
        for (int number : inUseNumbers) {
            warmUp.add(request(sha1, issuer, firstSerial, number, nonce ? random : null));
        }
        OcspLoad load = new OcspLoad(args[0], firstSerial, revokedEvery, Boolean.parseBoolean(args[10]));
        load.awaitResponder(warmUp.get(0));
        load.send(warmUp, clients);
        long start = System.nanoTime();
        long[] latencies = load.send(measuredRequests, clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%.0f %.2f %.2f%n", measured / seconds, latencies[latencies.length / 2] / 1e6,
                latencies[latencies.length * 99 / 100] / 1e6);
    }

    /** @param nonces where a nonce comes from; null for none */
    private static Request request(DigestCalculator sha1, X509CertificateHolder issuer, long firstSerial, int number,
            Random nonces) throws Exception {
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(new CertificateID(sha1, issuer,
                BigInteger.valueOf(firstSerial + number)));
        if (nonces != null) {
            byte[] value = new byte[16];
            nonces.nextBytes(value);
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(value))));
        }
        return new Request(builder.build().getEncoded(), number);
    }

    private void awaitResponder(Request request) throws Exception {
        try (Client client = new Client()) {
            for (int i = 0; ; i++) {
                try {
                    check(client.post(request.der()), request.number(), true);
                    return;
                } catch (ConnectException notYet) {
                    if (i == 100) {
                        throw notYet;
                    }
                    Thread.sleep(100);
                }
            }
        }
    }

    private long[] send(List<Request> requests, int clients) throws Exception {
        long[] latencies = new long[requests.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    try (Client client = new Client()) {
                        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                            long sent = System.nanoTime();
                            byte[] answer = client.post(requests.get(i).der());
                            latencies[i] = System.nanoTime() - sent;
                            check(answer, requests.get(i).number(), i % 10 == 0);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }

    /**
     * A successful OCSPResponse (its responseStatus read from the bytes); parsed in full, and the certificate's
     * status checked, when {@code full}.
     */
    private void check(byte[] answer, int number, boolean full) throws IOException, OCSPException {
        int status = answer.length > 1 && (answer[1] & 0x80) != 0 ? 2 + (answer[1] & 0x7f) : 2;
        if (answer.length < status + 3 || answer[0] != 0x30 || answer[status] != 0x0a || answer[status + 1] != 1
                || answer[status + 2] != OCSPResp.SUCCESSFUL) {
            throw new IOException("not a successful OCSP response: " + HexFormat.of().formatHex(answer, 0,
                    Math.min(answer.length, 16)));
        }
        if (!full) {
            return;
        }
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(answer).getResponseObject();
        Object certificateStatus = basic.getResponses()[0].getCertStatus();
        boolean revoked = number % revokedEvery == 0;
        if (revoked ? !(certificateStatus instanceof RevokedStatus) : certificateStatus != null) {
            throw new IOException("serial " + Long.toHexString(firstSerial + number) + ": " + certificateStatus);
        }
    }

    /**
     * One client's connection, HTTP/1.1 written by hand: java.net.http took more CPU than the responder it measured
     * (they share the machine). Without keepAlive, a connection per request.
     */
    private final class Client implements AutoCloseable {

        private final URI uri = URI.create(url);
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        byte[] post(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket(uri.getHost(), uri.getPort());
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream());
                out = new BufferedOutputStream(socket.getOutputStream());
            }
            out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/ocsp-request\r\nContent-Length: " + request.length
                    + (keepAlive ? "" : "\r\nConnection: close") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.matches("HTTP/1\\.[01] 200 .*")) {
                throw new IOException("answered \"" + statusLine + "\"");
            }
            boolean closes = !keepAlive || statusLine.startsWith("HTTP/1.0");
            int length = -1;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, Math.max(0, header.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                if (name.equals("content-length")) {
                    length = Integer.parseInt(value);
                } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                    closes = true;
                }
            }
            byte[] answer = length < 0 ? in.readAllBytes() : in.readNBytes(length);
            if (closes || length < 0) {
                close();
            }
            return answer;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }
}
