package org.sealdesk.sms;

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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sealdesk.identity.MobileNumber;

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25, action SendSms) over its RPC-style HTTP API:
 * parameters in the query string, signed with HMAC-SHA1 (signature version 1.0) over
 * {@code GET&%2F&<percent-encoded sorted query>} with the key {@code secret + "&"}.
 */
public class AliyunSmsGateway implements SmsGateway {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    public record Settings(URI endpoint, String accessKeyId, String accessKeySecret, String signName,
            String verificationTemplate, String rejectionTemplate) {
    }

    private final Settings settings;
    private final Clock clock;
    private final HttpClient http;

    public AliyunSmsGateway(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void sendVerificationCode(MobileNumber to, String code, Duration validity) {
        send(to, settings.verificationTemplate(), Json.createObjectBuilder().add("code", code).build());
    }

    @Override
    public void sendOrderRejected(MobileNumber to, String orderNumber, String reason) {
        send(to, settings.rejectionTemplate(),
                Json.createObjectBuilder().add("order", orderNumber).add("reason", reason).build());
    }

    private void send(MobileNumber to, String template, JsonObject parameters) {
        Map<String, String> query = new TreeMap<>();
        query.put("AccessKeyId", settings.accessKeyId());
        query.put("Action", "SendSms");
        query.put("Format", "JSON");
        query.put("PhoneNumbers", to.value());
        query.put("RegionId", "cn-hangzhou");
        query.put("SignName", settings.signName());
        query.put("SignatureMethod", "HMAC-SHA1");
        query.put("SignatureNonce", UUID.randomUUID().toString());
        query.put("SignatureVersion", "1.0");
        query.put("TemplateCode", template);
        query.put("TemplateParam", parameters.toString());
        query.put("Timestamp", TIMESTAMP.format(clock.instant()));
        query.put("Version", "2017-05-25");
        String canonical = canonicalQuery(query);
        String signature = sign("GET", canonical, settings.accessKeySecret());
        URI uri = URI.create(settings.endpoint() + "?Signature=" + percentEncode(signature) + "&" + canonical);

        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsDeliveryException("SMS provider unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted while sending an SMS", e);
        }
        JsonObject answer;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            answer = reader.readObject();
        } catch (RuntimeException e) {
            throw new SmsDeliveryException("SMS provider answered HTTP " + response.statusCode() + " without JSON", e);
        }
        if (!"OK".equals(answer.getString("Code", null))) {
            throw new SmsDeliveryException("SMS provider refused: " + answer.getString("Code", "?") + " "
                    + answer.getString("Message", ""), null);
        }
    }

    @Override
    public String describe() {
        return "Alibaba Cloud SMS at " + settings.endpoint();
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
