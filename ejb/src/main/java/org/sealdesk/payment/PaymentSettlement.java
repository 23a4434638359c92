package org.sealdesk.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;

/**
 * Turns what the gateway reports into payments and orders: verified notifications, queries by the
 * reconciliation job or the applicant's "I have paid", and the closing of unpaid orders. Each
 * payment is locked while it is settled, so duplicates (also at once) move an order only once.
 */
@Stateless
@PermitAll
public class PaymentSettlement {

    static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(PaymentSettlement.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Payments payments;

    @Inject
    Orders orders;

    @Inject
    PaymentGateway gateway;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    UnpaidOrderLimit unpaidLimit;

    /**
     * A notification from the gateway. A forged, stale or undecryptable one, one for an unknown
     * trade and one with a different amount are refused and audited.
     */
    public void receive(GatewayMessage notification) {
        GatewayTrade trade;
        try {
            trade = gateway.verifiedNotification(notification);
        } catch (RuleViolation refused) {
            audit.refused(gateway.name(), "payment.notification", null, refused.getMessage());
            throw refused;
        }
        settle(trade);
    }

    /** The answer the gateway expects to a notification (see {@link PaymentGateway#reply}). */
    public NotificationReply reply(int status, String reason) {
        return gateway.reply(status, reason);
    }

    /**
     * Records a trade the gateway reports as paid.
     *
     * @return true when this call moved the payment (and its order) to paid
     */
    public boolean settle(GatewayTrade trade) {
        Payment payment = payments.byTradeNo(trade.outTradeNo(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (payment == null) {
            audit.refused(gateway.name(), "payment.settle", trade.outTradeNo(), "unknown trade");
            throw new RuleViolation("payment.unknownTrade", trade.outTradeNo());
        }
        if (!trade.state().isPaid()) {
            return false;
        }
        Instant now = clock.instant();
        boolean moved;
        try {
            if (trade.amount() == null) {
                throw new RuleViolation("payment.amountMismatch", trade.outTradeNo(), null, payment.getAmount().fen());
            }
            moved = payment.settle(trade.transactionId(), trade.amount(),
                    trade.successTime() == null ? now : trade.successTime());
        } catch (RuleViolation mismatch) {
            audit.refused(gateway.name(), "payment.settle", trade.outTradeNo(), mismatch.getMessage());
            throw mismatch;
        }
        if (!moved) {
            return false;
        }
        SealOrder order = orders.byId(payment.getOrderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order.acceptPayment(payment.getOutTradeNo(), now)) {
            audit.success(gateway.name(), "payment.settle", trade.outTradeNo(),
                    "order " + order.getNumber().value() + " paid " + payment.getAmount().fen() + " fen, transaction "
                            + trade.transactionId());
        } else {
            // Money for an order that is no longer waiting for it: finance refunds it.
            audit.refused(gateway.name(), "payment.settle", trade.outTradeNo(),
                    "paid while order " + order.getNumber().value() + " is " + order.getStatus() + "; refund it");
        }
        return true;
    }

    /** Asks the gateway about one pending payment and records what it says (a lost notification). */
    public void reconcile(String outTradeNo) {
        GatewayTrade trade = gateway.query(outTradeNo);
        if (trade.state().isPaid()) {
            if (settle(trade)) {
                LOG.info(() -> "Reconciliation: " + outTradeNo + " was paid without a notification");
            }
        } else if (trade.state() == TradeState.CLOSED || trade.state() == TradeState.REVOKED) {
            Payment payment = locked(outTradeNo);
            if (payment.getStatus() == PaymentStatus.PENDING) {
                payment.close(clock.instant());
            }
        }
    }

    /**
     * Closes an order left unpaid past its deadline, after closing its trades at the gateway; a
     * trade the gateway says is paid is settled instead.
     */
    public void closeIfOverdue(long orderId) {
        SealOrder order = orders.byId(orderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (order.getStatus() != OrderStatus.AWAITING_PAYMENT || now.isBefore(unpaidLimit.deadlineOf(order))) {
            return;
        }
        for (Payment payment : payments.ofOrder(orderId, PaymentStatus.PENDING)) {
            if (!closeAtGateway(payment.getOutTradeNo())) {
                settle(gateway.query(payment.getOutTradeNo()));
                return;
            }
            payment.close(now);
        }
        order.close(now);
        LOG.info(() -> "Order " + order.getNumber() + " closed: unpaid after " + unpaidLimit.timeout());
    }

    private boolean closeAtGateway(String outTradeNo) {
        try {
            return gateway.close(outTradeNo);
        } catch (GatewayException notThere) {
            if ("ORDER_NOT_EXIST".equals(notThere.code())) {
                return true;
            }
            throw notThere;
        }
    }

    private Payment locked(String outTradeNo) {
        return payments.byTradeNo(outTradeNo, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
    }
}
