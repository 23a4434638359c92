package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.junit.jupiter.api.Test;

/**
 * One address's share of the public endpoints a minute (3 each on the server this runs against): past it OCSP
 * answers tryLater and 验证 says to wait, in Chinese. Eight requests in a row cross at most one minute's boundary,
 * so at most six are admitted.
 */
class PublicEndpointLimitsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anAddressPastItsShareIsToldToTryLater() throws Exception {
        List<Integer> ocspStatuses = new ArrayList<>();
        List<String> verifyAnswers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ocspStatuses.add(OCSPResponse.getInstance(post("/pki/ocsp", "application/ocsp-request").body())
                    .getResponseStatus().getIntValue());
            verifyAnswers.add(new String(post("/pki/verify", "application/octet-stream").body()));
        }
        assertTrue(ocspStatuses.contains(1) && ocspStatuses.contains(3),
                "malformedRequest while admitted, tryLater past the share: " + ocspStatuses);
        assertTrue(verifyAnswers.stream().anyMatch(answer -> answer.contains("验证过于频繁，请一分钟后再试")),
                verifyAnswers.toString());
    }

    private static HttpResponse<byte[]> post(String path, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray("garbage".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
