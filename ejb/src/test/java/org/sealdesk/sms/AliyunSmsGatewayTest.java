package org.sealdesk.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealdesk.aliyun.FakeAliyun;
import org.sealdesk.identity.MobileNumber;

/**
 * The real Alibaba Cloud SMS client against a fake provider on loopback that checks signatures with Alibaba
 * Cloud's official SDK, as the real provider would find them.
 */
class AliyunSmsGatewayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

    private FakeAliyun provider;

    @BeforeEach
    void startFakeProvider() {
        provider = FakeAliyun.start(0).on("SendSms", query -> "13900000000".equals(query.get("PhoneNumbers"))
                ? new FakeAliyun.Reply(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\","
                        + "\"RequestId\":\"r2\"}")
                : new FakeAliyun.Reply(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\","
                        + "\"RequestId\":\"r3\"}"));
    }

    @AfterEach
    void stopFakeProvider() {
        provider.close();
    }

    private AliyunSmsGateway gateway(String secret) {
        return new AliyunSmsGateway(new AliyunSmsGateway.Settings(provider.endpoint(), FakeAliyun.KEY_ID, secret,
                "肇庆CA电子印章", "SMS_123456", "SMS_654321", "SMS_777777", "SMS_888888", "SMS_100001",
                "SMS_100002", "SMS_100003", "SMS_100004"), CLOCK);
    }

    @Test
    void sendsASignedSendSmsRequestWithTheCodeAsTemplateParameter() {
        gateway(FakeAliyun.SECRET).sendVerificationCode(new MobileNumber("13800138000"), "042917", Duration.ofMinutes(5));
        Map<String, String> query = provider.received().get(0);
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
    void tellsTheNumberAnAccountLeftWhereItWentWithTheAccountChangeTemplate() {
        gateway(FakeAliyun.SECRET).sendMobileChanged(new MobileNumber("13800138000"), new MobileNumber("13712345678"));
        Map<String, String> query = provider.received().get(0);
        assertEquals("13800138000", query.get("PhoneNumbers"));
        assertEquals("SMS_888888", query.get("TemplateCode"));
        assertEquals("{\"change\":\"绑定手机号已更换为137****5678\"}", query.get("TemplateParam"));
    }

    @Test
    void remindsOfExpiryWithTheSealsDateDaysAndRenewalLink() {
        gateway(FakeAliyun.SECRET).sendExpiryReminder(new MobileNumber("13800138000"), "个人签名章（冯晓东）",
                LocalDate.of(2027, 12, 4), 30, "https://seal.example/account/seals.xhtml");
        Map<String, String> query = provider.received().get(0);
        assertEquals("SMS_100004", query.get("TemplateCode"));
        assertEquals("{\"seals\":\"个人签名章（冯晓东）\",\"date\":\"2027年12月4日\",\"days\":\"30\","
                + "\"link\":\"https://seal.example/account/seals.xhtml\"}", query.get("TemplateParam"));
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
                () -> gateway(FakeAliyun.SECRET).sendVerificationCode(new MobileNumber("13900000000"), "1", Duration.ofMinutes(5)));
        assertTrue(refused.getMessage().contains("isv.BUSINESS_LIMIT_CONTROL"), refused.getMessage());
    }

    @Test
    void anUnreachableProviderIsReported() {
        provider.close();
        assertThrows(SmsDeliveryException.class,
                () -> gateway(FakeAliyun.SECRET).sendVerificationCode(new MobileNumber("13800138000"), "1", Duration.ofMinutes(5)));
    }
}
