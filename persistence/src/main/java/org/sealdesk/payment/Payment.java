package org.sealdesk.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;
import org.sealdesk.order.OrderNumber;

/**
 * One attempt to pay an order: one out_trade_no at one gateway, for the order's amount until the
 * order's payment deadline. Every change of status is one method here.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.byTradeNo", query = "SELECT p FROM Payment p WHERE p.outTradeNo = :outTradeNo")
@NamedQuery(name = "Payment.ofOrder", query = "SELECT p FROM Payment p WHERE p.orderId = :orderId ORDER BY p.createdAt, p.id")
@NamedQuery(name = "Payment.pendingSince",
        query = "SELECT p FROM Payment p WHERE p.status = org.sealdesk.payment.PaymentStatus.PENDING"
                + " AND p.createdAt <= :since ORDER BY p.createdAt")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "out_trade_no", nullable = false, unique = true, length = 32)
    private String outTradeNo;

    @Column(nullable = false, length = 20)
    private String gateway;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "code_url", length = 500)
    private String codeUrl;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "transaction_id", length = 64)
    private String transactionId;

    @Version
    private long version;

    protected Payment() {
    }

    /** The n-th attempt to pay an order gets its own trade number: the order number, P, two digits. */
    public static String tradeNumber(OrderNumber order, int attempt) {
        if (attempt < 1 || attempt > 99) {
            throw new RuleViolation("payment.tooManyAttempts", order.value());
        }
        return order.value() + "P" + String.format("%02d", attempt);
    }

    public static Payment start(long orderId, String outTradeNo, String gateway, Money amount, Instant expiresAt,
            Instant now) {
        if (amount.fen() <= 0) {
            throw new IllegalArgumentException("Nothing to pay for order " + orderId);
        }
        if (!expiresAt.isAfter(now)) {
            throw new RuleViolation("payment.deadlinePassed", outTradeNo);
        }
        Payment payment = new Payment();
        payment.orderId = orderId;
        payment.outTradeNo = outTradeNo;
        payment.gateway = gateway;
        payment.amountFen = amount.fen();
        payment.status = PaymentStatus.PENDING;
        payment.createdAt = Utc.of(now);
        payment.expiresAt = Utc.of(expiresAt);
        return payment;
    }

    /** The gateway's answer to the prepay: what the QR code encodes. */
    public void offer(String code) {
        ensureStatus(PaymentStatus.PENDING);
        codeUrl = code;
    }

    /** The QR code may still be paid: pending and before the deadline. */
    public boolean isPayableAt(Instant now) {
        return status == PaymentStatus.PENDING && codeUrl != null && now.isBefore(getExpiresAt());
    }

    /**
     * The gateway reported the money. Idempotent: the same report again changes nothing and
     * answers false. A different amount is refused, whatever the state.
     *
     * @return true when this call moved the payment to PAID
     */
    public boolean settle(String gatewayTransactionId, Money paid, Instant at) {
        if (paid.fen() != amountFen) {
            throw new RuleViolation("payment.amountMismatch", outTradeNo, paid.fen(), amountFen);
        }
        if (status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED) {
            if (transactionId != null && !transactionId.equals(gatewayTransactionId)) {
                throw new RuleViolation("payment.transactionMismatch", outTradeNo);
            }
            return false;
        }
        move(PaymentStatus.PAID);
        transactionId = gatewayTransactionId;
        paidAt = Utc.of(at);
        return true;
    }

    public void close(Instant now) {
        move(PaymentStatus.CLOSED);
        closedAt = Utc.of(now);
    }

    public void refunded() {
        move(PaymentStatus.REFUNDED);
    }

    private void ensureStatus(PaymentStatus expected) {
        if (status != expected) {
            throw new RuleViolation("payment.move.illegal", outTradeNo, status, expected);
        }
    }

    private void move(PaymentStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation("payment.move.illegal", outTradeNo, status, target);
        }
        status = target;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOutTradeNo() {
        return outTradeNo;
    }

    public String getGateway() {
        return gateway;
    }

    public Money getAmount() {
        return Money.ofFen(amountFen);
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getCodeUrl() {
        return codeUrl;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Instant getExpiresAt() {
        return Utc.instant(expiresAt);
    }

    public Instant getPaidAt() {
        return Utc.instant(paidAt);
    }

    public Instant getClosedAt() {
        return Utc.instant(closedAt);
    }

    public String getTransactionId() {
        return transactionId;
    }
}
