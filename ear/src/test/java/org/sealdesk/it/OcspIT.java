package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.ca.OpenSsl;

/**
 * /pki/ocsp as relying parties reach it, checked with openssl ocsp: a serial never issued is unknown, a request about
 * another CA's certificates is unauthorized, garbage is a malformedRequest (never a 500); the SM2 responder's
 * signature, which openssl ocsp cannot check, is checked with openssl dgst over the signed part. The statuses of
 * produced certificates are checked where they are produced (ProductionBrowserIT).
 */
class OcspIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void aSerialNeverIssuedIsUnknownAndTheAnswerVerifies() throws Exception {
        Path root = certificate("rsa-root");
        Path issuing = certificate("rsa-issuing");
        String text = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-serial", "0x5ea1de5c0ffee",
                "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile", root.toString(), "-resp_text");
        assertTrue(text.contains("Response verify OK"), text);
        assertTrue(text.contains("0x5ea1de5c0ffee: unknown"), text);
        assertFalse(text.contains("no nonce in response"), "the nonce openssl sends comes back: " + text);
        assertTrue(text.contains("Responder Id: ") && text.contains("OCSP Responder"), text);
    }

    @Test
    void aGetRequestIsAnsweredAsAPostIs() throws Exception {
        X509CertificateHolder issuing = new X509CertificateHolder(Files.readAllBytes(certificateDer("rsa-issuing")));
        String encoded = "";
        for (long serial = 1; !encoded.contains("/"); serial++) { // Java's own checker sends "/" as %2F
            OCSPReq request = new OCSPReqBuilder().addRequest(new CertificateID(new JcaDigestCalculatorProviderBuilder()
                    .build().get(CertificateID.HASH_SHA1), issuing, BigInteger.valueOf(serial))).build();
            encoded = Base64.getEncoder().encodeToString(request.getEncoded());
        }
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/pki/ocsp/"
                + URLEncoder.encode(encoded, StandardCharsets.US_ASCII))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-cache"), "never cached");
        OCSPResp response = new OCSPResp(answer.body());
        assertEquals(OCSPResp.SUCCESSFUL, response.getStatus());
        assertInstanceOf(UnknownStatus.class, ((BasicOCSPResp) response.getResponseObject()).getResponses()[0]
                .getCertStatus());
    }

    @Test
    void anotherCasCertificatesAreUnauthorizedAndGarbageIsMalformed() throws Exception {
        Path root = certificate("rsa-root");
        String foreign = OpenSsl.run("openssl", "ocsp", "-issuer", root.toString(), "-serial", "0x1", "-url",
                IntegrationServer.url() + "/pki/ocsp", "-noverify");
        assertTrue(foreign.contains("unauthorized (6)"), "the root is not an issuing CA here: " + foreign);

        HttpResponse<byte[]> garbage = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ocsp")).header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray("not an OCSP request".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, garbage.statusCode());
        assertEquals(1, OCSPResponse.getInstance(garbage.body()).getResponseStatus().getIntValue(), "malformedRequest");
        assertEquals("application/ocsp-response", garbage.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<byte[]> tooBig = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ocsp")).header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[100_000])).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(1, OCSPResponse.getInstance(tooBig.body()).getResponseStatus().getIntValue(), "malformedRequest");

        HttpResponse<byte[]> badBase64 = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ocsp/%25%25%25")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(1, OCSPResponse.getInstance(badBase64.body()).getResponseStatus().getIntValue(), "malformedRequest");
    }

    @Test
    void theSm2ResponderSignsWithSm3WithSm2() throws Exception {
        Path issuing = certificate("sm2-issuing");
        Path response = work.resolve("sm2-response.der");
        String text = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-serial", "0x5ea1de",
                "-url", IntegrationServer.url() + "/pki/ocsp", "-noverify", "-respout", response.toString());
        assertTrue(text.contains("0x5ea1de: unknown"), text);
        BasicOCSPResponse basic = BasicOCSPResponse.getInstance(OCSPResponse.getInstance(Files.readAllBytes(response))
                .getResponseBytes().getResponse().getOctets());
        assertEquals("1.2.156.10197.1.501", basic.getSignatureAlgorithm().getAlgorithm().getId(), "SM3withSM2");
        X509CertificateHolder responder = new X509CertificateHolder(basic.getCerts().getObjectAt(0).toASN1Primitive()
                .getEncoded());
        assertTrue(responder.getSubject().toString().contains("OCSP Responder"), responder.getSubject().toString());
        Path responderPem = OpenSsl.pem(work.resolve("sm2-ocsp.pem"), "CERTIFICATE", responder.getEncoded());
        Path publicKey = Files.writeString(work.resolve("sm2-ocsp.pub.pem"), OpenSsl.run("openssl", "x509", "-in",
                responderPem.toString(), "-pubkey", "-noout"));
        Path signed = Files.write(work.resolve("tbs.der"), basic.getTbsResponseData().getEncoded());
        Path signature = Files.write(work.resolve("signature.der"), basic.getSignature().getOctets());
        assertEquals("Verified OK", OpenSsl.run("openssl", "dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt",
                "distid:1234567812345678", "-signature", signature.toString(), signed.toString()));
        assertEquals(responderPem + ": OK", OpenSsl.run("openssl", "verify", "-vfyopt", "distid:1234567812345678",
                "-partial_chain", "-CAfile", issuing.toString(), responderPem.toString()),
                "the responder is the SM2 issuing CA's");
    }

    private Path certificate(String name) throws Exception {
        return OpenSsl.pem(work.resolve(name + ".pem"), "CERTIFICATE", Files.readAllBytes(certificateDer(name)));
    }

    private Path certificateDer(String name) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/pki/ca/"
                + name + ".cer")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), name);
        return Files.write(work.resolve(name + ".der"), answer.body());
    }
}
