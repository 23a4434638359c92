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

/** Money given back for a payment, asked by finance with a reason (out_refund_no per attempt). */
@Entity
@Table(name = "refund")
@NamedQuery(name = "Refund.ofPayment", query = "SELECT r FROM Refund r WHERE r.paymentId = :paymentId ORDER BY r.createdAt, r.id")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
    @SequenceGenerator(name = "refund_seq", sequenceName = "refund_seq", allocationSize = 1)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private Long paymentId;

    @Column(name = "out_refund_no", nullable = false, unique = true, length = 64)
    private String outRefundNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RefundStatus status;

    @Column(name = "refund_id", length = 64)
    private String refundId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected Refund() {
    }

    /** A full refund of a paid payment; the n-th try gets its own out_refund_no. */
    public static Refund of(Payment payment, int attempt, String reason, String requestedBy, Instant now) {
        if (payment.getStatus() != PaymentStatus.PAID) {
            throw new RuleViolation("refund.notPaid", payment.getOutTradeNo());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 80) {
            throw new RuleViolation("refund.reasonRequired");
        }
        Refund refund = new Refund();
        refund.paymentId = payment.getId();
        refund.outRefundNo = payment.getOutTradeNo() + "R" + attempt;
        refund.amountFen = payment.getAmount().fen();
        refund.reason = reason.strip();
        refund.requestedBy = requestedBy;
        refund.status = RefundStatus.PROCESSING;
        refund.createdAt = Utc.of(now);
        return refund;
    }

    /** What the gateway answered (or later reported). */
    public void outcome(RefundStatus reported, String gatewayRefundId, Instant now) {
        if (status != RefundStatus.PROCESSING) {
            throw new RuleViolation("refund.alreadyDecided", outRefundNo, status);
        }
        status = reported;
        refundId = gatewayRefundId;
        if (reported != RefundStatus.PROCESSING) {
            completedAt = Utc.of(now);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public String getOutRefundNo() {
        return outRefundNo;
    }

    public Money getAmount() {
        return Money.ofFen(amountFen);
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public String getRefundId() {
        return refundId;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Instant getCompletedAt() {
        return Utc.instant(completedAt);
    }
}
