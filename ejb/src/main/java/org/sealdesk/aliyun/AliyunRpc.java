package org.sealdesk.aliyun;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sealdesk.platform.JsonAnswers;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC-style HTTP API, as its products (SMS, ID Verification, …) share it: the parameters in the
 * query string with the common ones (AccessKeyId, Action, Version, Timestamp, SignatureNonce, …), signed with
 * HMAC-SHA1 (signature version 1.0) over {@code GET&%2F&<percent-encoded sorted query>} with the key
 * {@code secret + "&"}. One client per product endpoint and API version.
 */
public final class AliyunRpc {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** An AccessKey pair; the secret only ever signs. */
    public record Credentials(String accessKeyId, String accessKeySecret) {

        @Override
        public String toString() {
            return "AccessKey " + accessKeyId;
        }
    }

    /** What the product answered: its HTTP status and JSON body, whatever its {@code Code}. */
    public record Answer(int status, JsonObject body) {

        public String code() {
            return JsonAnswers.text(body, "Code");
        }

        public String message() {
            return body.getString("Message", "");
        }

        public String requestId() {
            return body.getString("RequestId", "");
        }
    }

    private final URI endpoint;
    private final String version;
    private final Credentials credentials;
    private final Clock clock;
    private final HttpClient http;

    public AliyunRpc(URI endpoint, String version, Credentials credentials, Clock clock) {
        this.endpoint = endpoint;
        this.version = version;
        this.credentials = credentials;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Calls {@code action} with its own parameters.
     *
     * @throws AliyunUnreachable when the endpoint cannot be reached or answers without JSON
     */
    public Answer call(String action, Map<String, String> parameters) {
        Map<String, String> query = new TreeMap<>(parameters);
        query.put("AccessKeyId", credentials.accessKeyId());
        query.put("Action", action);
        query.put("Format", "JSON");
        query.put("SignatureMethod", "HMAC-SHA1");
        query.put("SignatureNonce", UUID.randomUUID().toString());
        query.put("SignatureVersion", "1.0");
        query.put("Timestamp", TIMESTAMP.format(clock.instant()));
        query.put("Version", version);
        String canonical = canonicalQuery(query);
        String signature = sign("GET", canonical, credentials.accessKeySecret());
        URI uri = URI.create(endpoint + "?Signature=" + percentEncode(signature) + "&" + canonical);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AliyunUnreachable(endpoint + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AliyunUnreachable("interrupted while calling " + endpoint, e);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return new Answer(response.statusCode(), reader.readObject());
        } catch (RuntimeException e) {
            throw new AliyunUnreachable(endpoint + " answered HTTP " + response.statusCode() + " without JSON", e);
        }
    }

    static String canonicalQuery(Map<String, String> sortedQuery) {
        return sortedQuery.entrySet().stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String sign(String method, String canonicalQuery, String secret) {
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /** RFC 3986 encoding as the provider specifies it: space as %20, * as %2A, ~ kept. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
