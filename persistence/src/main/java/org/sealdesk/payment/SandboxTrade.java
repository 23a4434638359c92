package org.sealdesk.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/**
 * The built-in sandbox gateway's record of a trade: what a real gateway keeps on its side.
 * Separate from {@link Payment} so that the sandbox can only tell SealDesk about money through
 * a signed notification or a query, like a real gateway.
 */
@Entity
@Table(name = "sandbox_trade")
public class SandboxTrade {

    @Id
    @Column(name = "out_trade_no", length = 32)
    private String outTradeNo;

    @Column(nullable = false, length = 127)
    private String description;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TradeState state;

    @Column(name = "transaction_id", length = 64)
    private String transactionId;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    @Version
    private long version;

    protected SandboxTrade() {
    }

    public SandboxTrade(String outTradeNo, String description, Money amount, Instant expiresAt) {
        this.outTradeNo = outTradeNo;
        this.description = description;
        this.amountFen = amount.fen();
        this.expiresAt = Utc.of(expiresAt);
        this.state = TradeState.NOTPAY;
    }

    /** The payer confirmed in the sandbox; a closed or expired trade cannot be paid. */
    public void pay(String newTransactionId, Instant now) {
        if (state == TradeState.SUCCESS) {
            return;
        }
        if (state != TradeState.NOTPAY || !now.isBefore(getExpiresAt())) {
            throw new RuleViolation("sandbox.tradeNotPayable", outTradeNo);
        }
        state = TradeState.SUCCESS;
        transactionId = newTransactionId;
        paidAt = Utc.of(now);
    }

    /** Closing a paid trade is refused, as WeChat Pay answers ORDERPAID. */
    public void close() {
        if (state.isPaid()) {
            throw new RuleViolation("sandbox.tradePaid", outTradeNo);
        }
        state = TradeState.CLOSED;
    }

    public void refund(Money amount) {
        if (state != TradeState.SUCCESS || amount.fen() > amountFen - refundedFen) {
            throw new RuleViolation("sandbox.refundRefused", outTradeNo);
        }
        refundedFen += amount.fen();
        state = TradeState.REFUND;
    }

    public boolean isPayableAt(Instant now) {
        return state == TradeState.NOTPAY && now.isBefore(getExpiresAt());
    }

    public String getOutTradeNo() {
        return outTradeNo;
    }

    public String getDescription() {
        return description;
    }

    public Money getAmount() {
        return Money.ofFen(amountFen);
    }

    public TradeState getState() {
        return state;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public Instant getExpiresAt() {
        return Utc.instant(expiresAt);
    }

    public Instant getPaidAt() {
        return Utc.instant(paidAt);
    }
}
