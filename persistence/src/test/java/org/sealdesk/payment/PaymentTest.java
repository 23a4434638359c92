package org.sealdesk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final Money PRICE = Money.ofFen(110000);

    private static Payment pending() {
        Payment payment = Payment.start(7, "SD2026112100000001P01", "wechat", PRICE, NOW.plusSeconds(1800), NOW);
        payment.offer("weixin://wxpay/bizpayurl?pr=abc");
        return payment;
    }

    @Test
    void eachAttemptHasItsOwnTradeNumber() {
        OrderNumber order = new OrderNumber("SD2026112100000001");
        assertEquals("SD2026112100000001P01", Payment.tradeNumber(order, 1));
        assertEquals("SD2026112100000001P12", Payment.tradeNumber(order, 12));
        assertThrows(RuleViolation.class, () -> Payment.tradeNumber(order, 100));
    }

    @Test
    void theSameReportTwiceMovesThePaymentOnce() {
        Payment payment = pending();
        assertTrue(payment.settle("4200001", PRICE, NOW.plusSeconds(60)));
        assertFalse(payment.settle("4200001", PRICE, NOW.plusSeconds(61)));
        assertEquals(PaymentStatus.PAID, payment.getStatus());
        assertEquals(NOW.plusSeconds(60), payment.getPaidAt());
    }

    @Test
    void aDifferentAmountOrTransactionIsRefused() {
        Payment payment = pending();
        assertEquals("payment.amountMismatch",
                assertThrows(RuleViolation.class, () -> payment.settle("4200001", Money.ofFen(1), NOW)).messageKey());
        assertEquals(PaymentStatus.PENDING, payment.getStatus());
        payment.settle("4200001", PRICE, NOW);
        assertEquals("payment.transactionMismatch",
                assertThrows(RuleViolation.class, () -> payment.settle("4200002", PRICE, NOW)).messageKey());
    }

    @Test
    void aClosedPaymentCannotBePaidAndItsCodeNoLongerWorks() {
        Payment payment = pending();
        assertTrue(payment.isPayableAt(NOW));
        payment.close(NOW);
        assertFalse(payment.isPayableAt(NOW));
        assertThrows(RuleViolation.class, () -> payment.settle("4200001", PRICE, NOW));
    }

    @Test
    void theCodeStopsWorkingAtTheDeadline() {
        assertFalse(pending().isPayableAt(NOW.plusSeconds(1800)));
    }

    @Test
    void onlyAPaidPaymentIsRefundedWithAReason() {
        Payment payment = pending();
        assertEquals("refund.notPaid",
                assertThrows(RuleViolation.class, () -> Refund.of(payment, 1, "放弃", "finance1", NOW)).messageKey());
        payment.settle("4200001", PRICE, NOW);
        assertEquals("refund.reasonRequired",
                assertThrows(RuleViolation.class, () -> Refund.of(payment, 1, " ", "finance1", NOW)).messageKey());
        Refund refund = Refund.of(payment, 1, "申请人放弃办理", "finance1", NOW);
        assertEquals(PRICE, refund.getAmount());
        assertEquals("SD2026112100000001P01R1", refund.getOutRefundNo());
        refund.outcome(RefundStatus.SUCCEEDED, "5000001", NOW);
        assertThrows(RuleViolation.class, () -> refund.outcome(RefundStatus.FAILED, null, NOW));
        payment.refunded();
        assertEquals(PaymentStatus.REFUNDED, payment.getStatus());
    }

    @Test
    void theSandboxRefusesToPayAClosedOrExpiredTradeAndToCloseAPaidOne() {
        SandboxTrade closed = new SandboxTrade("SD2026112100000001P01", "电子印章", PRICE, NOW.plusSeconds(60));
        closed.close();
        assertThrows(RuleViolation.class, () -> closed.pay("T1", NOW));
        SandboxTrade expired = new SandboxTrade("SD2026112100000001P02", "电子印章", PRICE, NOW.plusSeconds(60));
        assertThrows(RuleViolation.class, () -> expired.pay("T1", NOW.plusSeconds(60)));
        SandboxTrade paid = new SandboxTrade("SD2026112100000001P03", "电子印章", PRICE, NOW.plusSeconds(60));
        paid.pay("T1", NOW);
        assertThrows(RuleViolation.class, paid::close);
    }
}
