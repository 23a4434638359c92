package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * /pki/verify as the page 验证 calls it, for what the browser journey cannot show: a certificate another CA
 * made, our own CA's certificate, a file that is no certificate or seal, a file over the cap — a clear answer
 * each, no session.
 */
class VerificationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aForeignCertificateIsNotOursAndOtherFilesAreRefusedClearly() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("C=CN,O=Elsewhere CA,CN=Elsewhere");
        byte[] foreign = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, Date.from(Instant.now()),
                Date.from(Instant.now().plusSeconds(86400)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())).getEncoded();
        HttpResponse<String> answer = post(foreign);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject verified = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals("NOT_OURS", verified.getString("standing"));
        assertEquals("CERTIFICATE", verified.getString("kind"));
        assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), "no session");

        HttpResponse<byte[]> issuingCa = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ca/rsa-issuing.cer")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(post(issuingCa.body()).body().contains("\"standing\":\"OUR_CA\""), "our own CA, not a stranger's");

        HttpResponse<String> garbage = post("not a certificate".getBytes());
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("无法识别该文件"), garbage.body());
        HttpResponse<String> tooLarge = post(new byte[2 * 1024 * 1024]);
        assertEquals(400, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("文件过大"), tooLarge.body());
    }

    private static HttpResponse<String> post(byte[] file) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/pki/verify"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
