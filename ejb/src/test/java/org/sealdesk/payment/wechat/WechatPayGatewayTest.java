package org.sealdesk.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.payment.GatewayException;
import org.sealdesk.payment.GatewayTrade;
import org.sealdesk.payment.PrepayRequest;
import org.sealdesk.payment.RefundRequest;
import org.sealdesk.payment.RefundResult;
import org.sealdesk.payment.RefundStatus;
import org.sealdesk.payment.TradeState;

/** The client against the fake WeChat Pay server on loopback: real HTTP, real signatures both ways. */
class WechatPayGatewayTest {

    private static final WechatPayTestKeys KEYS = WechatPayTestKeys.generate();
    private static FakeWechatPay fake;
    private static WechatPayGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        fake = FakeWechatPay.start(KEYS, 0);
        gateway = new WechatPayGateway(KEYS.settings(fake.baseUrl(), "https://sealdesk.example/payments/notify"),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private static String prepay(String outTradeNo, long fen) {
        return gateway.prepay(new PrepayRequest(outTradeNo, "电子印章办理", Money.ofFen(fen), Instant.now().plusSeconds(1800)));
    }

    @Test
    void prepayAnswersTheCodeUrlAndSendsTheOrderAsWechatPayExpectsIt() {
        String code = prepay("SD2026112100000001P01", 110000);
        assertTrue(code.startsWith("weixin://wxpay/bizpayurl?pr="));
        FakeWechatPay.Trade trade = fake.trade("SD2026112100000001P01");
        assertEquals(110000, trade.amountFen);
        assertEquals("https://sealdesk.example/payments/notify", trade.notifyUrl);
        assertTrue(trade.timeExpire.endsWith("+08:00"), trade.timeExpire);
    }

    @Test
    void queryReportsNotPaidThenPaidWithTransactionAndAmount() {
        prepay("SD2026112100000002P01", 30000);
        assertEquals(TradeState.NOTPAY, gateway.query("SD2026112100000002P01").state());
        fake.paySilently("SD2026112100000002P01");
        GatewayTrade paid = gateway.query("SD2026112100000002P01");
        assertEquals(TradeState.SUCCESS, paid.state());
        assertEquals(Money.ofFen(30000), paid.amount());
        assertTrue(paid.transactionId().startsWith("4200000"));
        assertTrue(fake.requests().contains("GET /v3/pay/transactions/out-trade-no/SD2026112100000002P01?mchid=1900000109"));
    }

    @Test
    void closeClosesAnUnpaidTradeAndSaysSoWhenItWasPaid() {
        prepay("SD2026112100000003P01", 30000);
        assertTrue(gateway.close("SD2026112100000003P01"));
        assertEquals(TradeState.CLOSED, fake.trade("SD2026112100000003P01").state);
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
        assertEquals(TradeState.REFUND, fake.trade("SD2026112100000005P01").state);
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
        WechatPayGateway stranger = new WechatPayGateway(WechatPayTestKeys.generate().settings(fake.baseUrl(), "https://x/"),
                Clock.systemUTC());
        assertEquals("SIGN_ERROR", assertThrows(GatewayException.class, () -> stranger.query("SD2026112100000001P01")).code());
    }

    @Test
    void theNotificationOfAPaidTradeVerifiesAndDecrypts() {
        prepay("SD2026112100000008P01", 60000);
        fake.paySilently("SD2026112100000008P01");
        GatewayTrade notified = gateway.verifiedNotification(fake.notification("SD2026112100000008P01", 60000));
        assertEquals("SD2026112100000008P01", notified.outTradeNo());
        assertEquals(Money.ofFen(60000), notified.amount());
        assertEquals(TradeState.SUCCESS, notified.state());
    }
}
