package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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

    private static X509Certificate fetch(CertificateFactory x509, String file) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ca/" + file)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), file);
        assertEquals("application/pkix-cert", answer.headers().firstValue("Content-Type").orElse(""), file);
        assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("max-age="), file);
        return (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(answer.body()));
    }
}
