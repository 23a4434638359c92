package org.sealdesk.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sealdesk.common.Money;
import org.sealdesk.payment.GatewayException;
import org.sealdesk.payment.GatewayMessage;
import org.sealdesk.payment.GatewayTrade;
import org.sealdesk.payment.PrepayRequest;
import org.sealdesk.payment.RefundRequest;
import org.sealdesk.payment.RefundResult;
import org.sealdesk.payment.RefundStatus;
import org.sealdesk.payment.TradeState;

/**
 * The client against the fake WeChat Pay server on loopback: real HTTP, real signatures both ways. Run for a
 * merchant with platform certificates and for one with a WeChat Pay public key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WechatPayGatewayContract {

    static final WechatPayTestKeys KEYS = WechatPayTestKeys.generate();

    private final FakeWechatPay.Signing signing;
    private final PlatformKeys platformKeys;
    FakeWechatPay fake;
    WechatPayGateway gateway;

    WechatPayGatewayContract(FakeWechatPay.Signing signing, PlatformKeys platformKeys) {
        this.signing = signing;
        this.platformKeys = platformKeys;
    }

    @BeforeAll
    void start() throws Exception {
        fake = FakeWechatPay.start(KEYS, signing, 0);
        gateway = new WechatPayGateway(KEYS.settings(fake.baseUrl(), "https://sealdesk.example/payments/notify",
                platformKeys), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    String prepay(String outTradeNo, long fen) {
        return gateway.prepay(new PrepayRequest(outTradeNo, "电子印章办理", Money.ofFen(fen), Instant.now().plusSeconds(1800)));
    }

    @Test
    void prepayAnswersTheCodeUrlAndSendsTheOrderAsWechatPayExpectsIt() {
        String code = prepay("SD2026112100000001P01", 110000);
        assertTrue(code.startsWith("weixin://wxpay/bizpayurl?pr="));
        FakeWechatPay.Trade trade = fake.trade("SD2026112100000001P01");
        assertEquals(110000, trade.amountFen);
        assertEquals("https://sealdesk.example/payments/notify", trade.notifyUrl);
        assertTrue(trade.timeExpire.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00"),
                "Beijing time to the second, as documented: " + trade.timeExpire);
    }

    @Test
    void queryReportsNotPaidThenPaidWithTransactionAndAmount() {
        prepay("SD2026112100000002P01", 30000);
        assertEquals(TradeState.NOTPAY, gateway.query("SD2026112100000002P01").state());
        fake.paySilently("SD2026112100000002P01");
        GatewayTrade paid = gateway.query("SD2026112100000002P01");
        assertEquals(TradeState.SUCCESS, paid.state());
        assertEquals(Money.ofFen(30000), paid.amount());
        assertTrue(paid.transactionId().startsWith("42000") && paid.transactionId().length() == 28, paid.transactionId());
        assertTrue(fake.requests().contains("GET /v3/pay/transactions/out-trade-no/SD2026112100000002P01?mchid=1900000109"));
    }

    @Test
    void closeClosesAnUnpaidTradeAndSaysSoWhenItWasPaid() {
        prepay("SD2026112100000003P01", 30000);
        assertTrue(gateway.close("SD2026112100000003P01"));
        assertEquals("CLOSED", fake.trade("SD2026112100000003P01").state);
        prepay("SD2026112100000004P01", 30000);
        fake.paySilently("SD2026112100000004P01");
        assertFalse(gateway.close("SD2026112100000004P01"));
    }

    @Test
    void refundOfAPaidTradeIsAccepted() {
        prepay("SD2026112100000005P01", 55000);
        fake.paySilently("SD2026112100000005P01");
        RefundResult result = gateway.refund(new RefundRequest("SD2026112100000005P01", "SD2026112100000005P01R1",
                Money.ofFen(55000), Money.ofFen(55000), "申请人放弃办理"));
        assertEquals(RefundStatus.PROCESSING, result.status());
        assertTrue(result.refundId().startsWith("50000"));
        assertEquals("REFUND", fake.trade("SD2026112100000005P01").state);
    }

    @Test
    void errorsCarryWechatPaysCode() {
        GatewayException missing = assertThrows(GatewayException.class, () -> gateway.query("SD2026112199999999P01"));
        assertEquals("ORDER_NOT_EXIST", missing.code());
        prepay("SD2026112100000006P01", 100);
        assertEquals("OUT_TRADE_NO_USED", assertThrows(GatewayException.class,
                () -> prepay("SD2026112100000006P01", 100)).code());
    }

    @Test
    void anAnswerNotSignedByThePlatformIsNotBelieved() {
        prepay("SD2026112100000007P01", 100);
        fake.forgeAnswers = true;
        try {
            assertEquals("SIGN_ERROR", assertThrows(GatewayException.class, () -> gateway.query("SD2026112100000007P01")).code());
        } finally {
            fake.forgeAnswers = false;
        }
    }

    @Test
    void aRequestSignedWithAnotherMerchantKeyIsRefusedByTheServer() {
        WechatPayGateway stranger = new WechatPayGateway(WechatPayTestKeys.generate().settings(fake.baseUrl(), "https://x/",
                platformKeys),
                Clock.systemUTC());
        assertEquals("SIGN_ERROR", assertThrows(GatewayException.class, () -> stranger.query("SD2026112100000001P01")).code());
    }

    @Test
    void theNotificationOfAPaidTradeVerifiesAndDecrypts() {
        prepay("SD2026112100000008P01", 60000);
        fake.paySilently("SD2026112100000008P01");
        FakeWechatPay.Notification notification = fake.notification("SD2026112100000008P01", 60000);
        GatewayTrade notified = gateway.verifiedNotification(GatewayMessage.of(Map.of("Wechatpay-Timestamp",
                notification.timestamp(), "wechatpay-nonce", notification.nonce(), "WECHATPAY-SIGNATURE",
                notification.signature(), "Wechatpay-Serial", notification.serial()), notification.body()));
        assertEquals("SD2026112100000008P01", notified.outTradeNo());
        assertEquals(Money.ofFen(60000), notified.amount());
        assertEquals(TradeState.SUCCESS, notified.state());
    }
}
