package org.sealdesk.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.auth.HmacSHA1Signer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.http.MethodType;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealdesk.identity.MobileNumber;

/**
 * The real Alibaba Cloud SMS client against a fake provider on loopback that checks signatures with Alibaba
 * Cloud's official SDK, as the real provider would find them.
 */
class AliyunSmsGatewayTest {

    private static final String KEY_ID = "testid";
    private static final String SECRET = "testsecret";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

    private HttpServer provider;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFakeProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/", exchange -> {
            Map<String, String> query = new TreeMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            received.add(query);
            String signature = query.remove("Signature");
            // The signature as Alibaba Cloud's own SDK computes it, not as the adapter does.
            String expected = new HmacSHA1Signer().signString(RpcSignatureComposer.getComposer()
                    .composeStringToSign(MethodType.GET, null, new HmacSHA1Signer(), query, null, null), SECRET + "&");
            String body;
            if (!expected.equals(signature) || !KEY_ID.equals(query.get("AccessKeyId"))) {
                body = "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched with our calculation.\",\"RequestId\":\"r1\"}";
            } else if ("13900000000".equals(query.get("PhoneNumbers"))) {
                body = "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\",\"RequestId\":\"r2\"}";
            } else {
                body = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\",\"RequestId\":\"r3\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopFakeProvider() {
        provider.stop(0);
    }

    private AliyunSmsGateway gateway(String secret) {
        URI endpoint = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/");
        return new AliyunSmsGateway(new AliyunSmsGateway.Settings(endpoint, KEY_ID, secret, "肇庆CA电子印章", "SMS_123456", "SMS_654321"), CLOCK);
    }

    @Test
    void sendsASignedSendSmsRequestWithTheCodeAsTemplateParameter() {
        gateway(SECRET).sendVerificationCode(new MobileNumber("13800138000"), "042917", Duration.ofMinutes(5));
        Map<String, String> query = received.get(0);
        assertEquals("SendSms", query.get("Action"));
        assertEquals("2017-05-25", query.get("Version"));
        assertEquals("13800138000", query.get("PhoneNumbers"));
        assertEquals("肇庆CA电子印章", query.get("SignName"));
        assertEquals("SMS_123456", query.get("TemplateCode"));
        assertEquals("{\"code\":\"042917\"}", query.get("TemplateParam"));
        assertEquals("2026-11-21T08:00:00Z", query.get("Timestamp"));
        assertEquals("HMAC-SHA1", query.get("SignatureMethod"));
    }

    @Test
    void aWrongSecretIsRefusedByTheProviderAndReported() {
        SmsDeliveryException refused = assertThrows(SmsDeliveryException.class,
                () -> gateway("wrong").sendVerificationCode(new MobileNumber("13800138000"), "1", Duration.ofMinutes(5)));
        assertTrue(refused.getMessage().contains("SignatureDoesNotMatch"), refused.getMessage());
    }

    @Test
    void aProviderRefusalIsReported() {
        SmsDeliveryException refused = assertThrows(SmsDeliveryException.class,
                () -> gateway(SECRET).sendVerificationCode(new MobileNumber("13900000000"), "1", Duration.ofMinutes(5)));
        assertTrue(refused.getMessage().contains("isv.BUSINESS_LIMIT_CONTROL"), refused.getMessage());
    }

    @Test
    void encodesAsTheProviderSpecifies() {
        assertEquals("a%20b%2Ac~d%2F%3D", AliyunSmsGateway.percentEncode("a b*c~d/="));
    }

    @Test
    void anUnreachableProviderIsReported() {
        provider.stop(0);
        assertThrows(SmsDeliveryException.class,
                () -> gateway(SECRET).sendVerificationCode(new MobileNumber("13800138000"), "1", Duration.ofMinutes(5)));
    }
}
