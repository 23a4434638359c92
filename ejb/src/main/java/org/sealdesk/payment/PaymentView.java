package org.sealdesk.payment;

import java.time.Instant;
import java.util.List;
import org.sealdesk.common.Money;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderStatus;

/**
 * An order's payments as its owner sees them: the amount, the deadline, the QR code of the open
 * payment (if any) and every attempt with its refunds.
 */
public record PaymentView(String orderNumber, OrderKind kind, OrderStatus orderStatus, Money amount,
        Instant deadline, Attempt open, List<Attempt> attempts) {

    public record Attempt(String outTradeNo, String gateway, Money amount, PaymentStatus status, String codeUrl,
            Instant createdAt, Instant expiresAt, Instant paidAt, String transactionId, List<RefundLine> refunds) {

        public boolean isSandbox() {
            return SandboxGateway.NAME.equals(gateway);
        }
    }

    public record RefundLine(String outRefundNo, Money amount, String reason, RefundStatus status, Instant createdAt,
            Instant completedAt) {
    }

    public boolean isAwaitingPayment() {
        return orderStatus == OrderStatus.AWAITING_PAYMENT;
    }
}
