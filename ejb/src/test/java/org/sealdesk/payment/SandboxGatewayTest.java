package org.sealdesk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RSAPublicKeyNotificationConfig;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.payment.wechat.SignedMessage;

/** The sandbox's notifications, read by WeChat Pay's own SDK as a merchant's server would read WeChat Pay's. */
class SandboxGatewayTest {

    @Test
    void theOfficialSdkAcceptsTheSandboxNotificationAndReadsItAsWechatPaysOwn() {
        SandboxGateway sandbox = new SandboxGateway();
        sandbox.clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        sandbox.generateKeys();
        Instant paidAt = Instant.parse("2026-12-02T06:30:15.123456Z");
        SignedMessage notification = sandbox.notification(new GatewayTrade("SD2026120212345678P01", TradeState.SUCCESS,
                "SANDBOX1764657015123ABCDEF", Money.ofFen(30000), paidAt));

        NotificationParser parser = new NotificationParser(new RSAPublicKeyNotificationConfig.Builder()
                .publicKey(sandbox.publicKey()).publicKeyId(SandboxGateway.PUBLIC_KEY_ID).apiV3Key(sandbox.apiV3Key()).build());
        Transaction transaction = parser.parse(new RequestParam.Builder().serialNumber(notification.serial())
                .timestamp(notification.timestamp()).nonce(notification.nonce()).signature(notification.signature())
                .signType("WECHATPAY2-SHA256-RSA2048").body(notification.body()).build(), Transaction.class);

        assertEquals("SD2026120212345678P01", transaction.getOutTradeNo());
        assertEquals(Transaction.TradeStateEnum.SUCCESS, transaction.getTradeState());
        assertEquals(30000, transaction.getAmount().getTotal());
        assertEquals(30000, transaction.getAmount().getPayerTotal());
        assertEquals("2026-12-02T14:30:15+08:00", transaction.getSuccessTime(), "to the second, in Beijing time");
        assertEquals("OTHERS", transaction.getBankType());
        assertEquals(SandboxGateway.PAYER_OPENID, transaction.getPayer().getOpenid());
        assertEquals(SandboxGateway.MCHID, transaction.getMchid());
    }
}
