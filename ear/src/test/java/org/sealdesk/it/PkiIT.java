package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.ca.OpenSsl;
import org.sealdesk.seal.OfdrwSealReader;

/**
 * What relying parties fetch: an index with fingerprints, each CA certificate in DER, no session; the platform's own
 * seal.
 */
class PkiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theIndexListsTheCaCertificatesAndEachIsServedAsDer() throws Exception {
        HttpResponse<String> index = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/pki/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().allValues("Set-Cookie").isEmpty(), "no session for relying parties");
        Document page = Jsoup.parse(index.body());
        assertEquals("zh-CN", page.select("html").attr("lang"));
        List<String> files = page.select("tbody a").eachText();
        assertEquals(List.of("rsa-root.cer", "rsa-issuing.cer", "sm2-root.cer", "sm2-issuing.cer"), files);

        CertificateFactory x509 = CertificateFactory.getInstance("X.509", new BouncyCastleProvider());
        X509Certificate rsaRoot = fetch(x509, "rsa-root.cer");
        X509Certificate rsaIssuing = fetch(x509, "rsa-issuing.cer");
        rsaIssuing.verify(rsaRoot.getPublicKey());
        assertEquals(rsaRoot.getSubjectX500Principal(), rsaIssuing.getIssuerX500Principal());
        X509Certificate sm2Root = fetch(x509, "sm2-root.cer");
        fetch(x509, "sm2-issuing.cer").verify(sm2Root.getPublicKey(), new BouncyCastleProvider());
        assertEquals("1.2.156.10197.1.501", sm2Root.getSigAlgOID(), "SM3withSM2");
        assertTrue(page.select("tbody td code").first().text().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
    }

    @Test
    void thePlatformsOwnSealIsPublishedAndOfdrwVerifiesIt() throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/platform-seal.der")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        OfdrwSealReader.Reading seal = OfdrwSealReader.read(answer.body());
        assertTrue(seal.signatureHolds(), "ofdrw verifies the seal maker's signature");
        assertEquals(1, seal.type(), "a unit's seal");
        X509Certificate platform = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(seal.certificates().get(0)));
        assertTrue(platform.getSubjectX500Principal().getName().contains("O=" + seal.name()),
                seal.name() + " names the platform of " + platform.getSubjectX500Principal());
        assertEquals(42, seal.widthMm());
    }

    /**
     * Each issuing CA's CRL: openssl verifies the RSA one; for SM2, whose ID openssl crl cannot take, openssl dgst
     * checks the signature over the to-be-signed part.
     */
    @Test
    void eachIssuingCaPublishesACrlThatOpenSslVerifies(@TempDir Path work) throws Exception {
        HttpResponse<byte[]> rsa = crl("rsa-issuing");
        assertTrue(maxAge(rsa) <= 60, "cached a minute at most: " + rsa.headers());
        Path rsaCrl = Files.write(work.resolve("rsa.crl"), rsa.body());
        Path rsaIssuing = OpenSsl.pem(work.resolve("rsa-issuing.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-issuing.cer"));
        String text = OpenSsl.run("openssl", "crl", "-inform", "DER", "-in", rsaCrl.toString(), "-CAfile",
                rsaIssuing.toString(), "-noout", "-text");
        assertTrue(text.contains("verify OK") && text.contains("X509v3 CRL Number"), text);

        CertificateList sm2 = CertificateList.getInstance(crl("sm2-issuing").body());
        Path tbs = Files.write(work.resolve("sm2-tbs.der"), sm2.getTBSCertList().getEncoded());
        Path signature = Files.write(work.resolve("sm2-signature.der"), sm2.getSignature().getOctets());
        Path sm2Issuing = OpenSsl.pem(work.resolve("sm2-issuing.pem"), "CERTIFICATE", bytes("/pki/ca/sm2-issuing.cer"));
        Path publicKey = Files.writeString(work.resolve("sm2-issuing.pub.pem"), OpenSsl.run("openssl", "x509", "-in",
                sm2Issuing.toString(), "-pubkey", "-noout"));
        assertEquals("Verified OK", OpenSsl.run("openssl", "dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt",
                "distid:1234567812345678", "-signature", signature.toString(), tbs.toString()));
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/pki/crl/rsa-root.crl"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "roots publish no CRL here");
    }

    /** The CA's CRL; the server publishes the first ones just after it starts. */
    private static HttpResponse<byte[]> crl(String ca) throws Exception {
        for (int tries = 0; tries < 30; tries++) {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                    + "/pki/crl/" + ca + ".crl")).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == 200) {
                assertEquals("application/pkix-crl", answer.headers().firstValue("Content-Type").orElse(""));
                return answer;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no CRL for " + ca + " after 15 s");
    }

    private static int maxAge(HttpResponse<?> answer) {
        return Integer.parseInt(answer.headers().firstValue("Cache-Control").orElse("").replaceAll(".*max-age=(\\d+).*",
                "$1"));
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }

    private static X509Certificate fetch(CertificateFactory x509, String file) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ca/" + file)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), file);
        assertEquals("application/pkix-cert", answer.headers().firstValue("Content-Type").orElse(""), file);
        assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("max-age="), file);
        return (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(answer.body()));
    }
}
