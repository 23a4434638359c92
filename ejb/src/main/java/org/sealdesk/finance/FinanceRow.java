package org.sealdesk.finance;

import java.time.Instant;
import java.util.List;
import org.sealdesk.common.Money;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.payment.PaymentStatus;
import org.sealdesk.payment.RefundStatus;

/** One payment attempt with its order and refunds, as finance reconciles it against the gateway's bill. */
public record FinanceRow(String outTradeNo, String gateway, String orderNumber, OrderKind kind, OrderStatus orderStatus,
        Money amount, PaymentStatus status, Instant createdAt, Instant paidAt, String transactionId,
        List<RefundLine> refunds) {

    public record RefundLine(String outRefundNo, Money amount, RefundStatus status, String reason, String requestedBy,
            Instant createdAt) {
    }

    /** A rejected order the applicant abandoned: finance may give the money back. */
    public boolean refundable() {
        return orderStatus == OrderStatus.REJECTED && status == PaymentStatus.PAID;
    }
}
