package org.sealdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealdesk.aliyun.AliyunRpc;
import org.sealdesk.aliyun.FakeAliyun;
import org.sealdesk.aliyun.FakeCloudauth;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;

/** The ID Verification adapter against a fake provider that checks signatures with Alibaba Cloud's own SDK. */
class AliyunIdentityVerifierTest {

    private static final IdCardNumber NUMBER = new IdCardNumber("11010519491231002X");

    private FakeCloudauth provider;

    @BeforeEach
    void start() {
        provider = FakeCloudauth.start(0);
        provider.register(NUMBER.value(), "张三");
    }

    @AfterEach
    void stop() {
        provider.endpoint().close();
    }

    private AliyunIdentityVerifier verifier(String secret) {
        return new AliyunIdentityVerifier(new AliyunRpc(provider.endpoint().endpoint(), AliyunIdentityVerifier.VERSION,
                new AliyunRpc.Credentials(FakeAliyun.KEY_ID, secret), Clock.systemUTC()));
    }

    private String refusal(String name) {
        return assertThrows(RuleViolation.class, () -> verifier(FakeAliyun.SECRET).verify(new PersonName(name), NUMBER))
                .messageKey();
    }

    @Test
    void aConsistentPairPassesWithTheProvidersRequestId() {
        IdentityVerifier.Verification passed = verifier(FakeAliyun.SECRET).verify(new PersonName("张三"), NUMBER);
        assertEquals(IdentityCheck.PROVIDER_MATCH, passed.check());
        assertTrue(passed.requestId().matches("[0-9A-F-]{36}"), passed.requestId());
        Map<String, String> sent = provider.endpoint().received().get(0);
        assertEquals("Id2MetaStandardVerify", sent.get("Action"));
        assertEquals("2019-03-07", sent.get("Version"));
        assertEquals("normal", sent.get("ParamType"));
        assertEquals(NUMBER.value(), sent.get("IdentifyNum"));
        assertEquals("张三", sent.get("UserName"));
    }

    @Test
    void aMismatchOrAnUnknownNumberIsRefusedAtTheNumber() {
        RuleViolation mismatch = assertThrows(RuleViolation.class,
                () -> verifier(FakeAliyun.SECRET).verify(new PersonName("李四"), NUMBER));
        assertEquals("realName.mismatch", mismatch.messageKey());
        assertEquals("idNumber", mismatch.field());
        assertEquals("realName.noRecord", refusal("查无此人"));
        assertEquals("realName.invalid", refusal("参数错误"));
    }

    @Test
    void theAuthorityDownOrTheProviderUnreachableIsTryAgainLaterNeverAPass() {
        assertEquals("realName.providerDown", refusal("权威源故障"));
        AliyunIdentityVerifier unreachable = new AliyunIdentityVerifier(new AliyunRpc(URI.create("http://127.0.0.1:9/"),
                AliyunIdentityVerifier.VERSION, new AliyunRpc.Credentials(FakeAliyun.KEY_ID, FakeAliyun.SECRET),
                Clock.systemUTC()));
        assertEquals("realName.providerDown", assertThrows(RuleViolation.class,
                () -> unreachable.verify(new PersonName("张三"), NUMBER)).messageKey());
    }

    @Test
    void eachDocumentedErrorHasItsChineseMessage() {
        Map<String, String> expected = Map.of("MissingParameter", "realName.invalid",
                "Forbidden.ExceptionRepeatedInvoke", "realName.providerDown",
                "Forbidden.RAMUserAccessDenied", "realName.providerRefused");
        expected.forEach((code, key) -> {
            provider.endpoint().on("Id2MetaStandardVerify", query -> new FakeAliyun.Reply(code.startsWith("Forbidden.R")
                    ? 403 : 400, "{\"RequestId\":\"r\",\"Code\":\"" + code + "\",\"Message\":\"…\"}"));
            assertEquals(key, refusal("张三"), code);
        });
    }

    @Test
    void aRefusalOfThePlatformsOwnAccessSaysTheServiceIsUnavailable() {
        assertEquals("realName.providerRefused", assertThrows(RuleViolation.class,
                () -> verifier("wrong-secret").verify(new PersonName("张三"), NUMBER)).messageKey());
        provider.endpoint().on("Id2MetaStandardVerify", query -> new FakeAliyun.Reply(403,
                "{\"RequestId\":\"r\",\"Code\":\"Forbidden.AccountAccessDenied\",\"Message\":\"欠费\"}"));
        assertEquals("realName.providerRefused", refusal("张三"));
    }
}
