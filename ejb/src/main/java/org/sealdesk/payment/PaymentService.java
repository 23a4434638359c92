package org.sealdesk.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.SealOrder;

/**
 * The applicant's side of paying (manual 1.2.5 step 5): the pay page's QR code, its status, and
 * "I have paid". Only for the signed-in applicant's own orders.
 */
@Stateless
@RolesAllowed(AccountService.APPLICANT)
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Payments payments;

    @Inject
    OrderService orders;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentSettlement settlement;

    @Inject
    Clock clock;

    @Inject
    UnpaidOrderLimit unpaidLimit;

    /**
     * The open payment of an order awaiting payment, created at the gateway if there is none yet.
     * The order is locked meanwhile, so a double click makes one prepay.
     */
    public PaymentView checkout(String number) {
        SealOrder order = orders.mine(number, LockModeType.PESSIMISTIC_WRITE);
        if (order.getStatus() != OrderStatus.AWAITING_PAYMENT) {
            return view(order);
        }
        Instant now = clock.instant();
        Instant deadline = unpaidLimit.deadlineOf(order);
        if (!now.isBefore(deadline)) {
            throw new RuleViolation("payment.deadlinePassed", number);
        }
        List<Payment> attempts = attemptsOf(order);
        if (attempts.stream().noneMatch(p -> p.isPayableAt(now))) {
            Payment payment = Payment.start(order.getId(), Payment.tradeNumber(order.getNumber(), attempts.size() + 1),
                    gateway.name(), order.getAmount(), deadline, now);
            em.persist(payment);
            payment.offer(gateway.prepay(new PrepayRequest(payment.getOutTradeNo(),
                    "电子印章办理 订单" + number, payment.getAmount(), deadline)));
            LOG.info(() -> "Order " + number + ": payment " + payment.getOutTradeNo() + " of " + payment.getAmount()
                    + " offered through " + gateway.name());
        }
        return view(order);
    }

    /** What the pay page and the order page show; polled by the pay page. */
    public PaymentView status(String number) {
        return view(orders.mine(number, LockModeType.NONE));
    }

    /** "I have paid": asks the gateway now instead of waiting for its notification. */
    public PaymentView checkPaid(String number) {
        SealOrder order = orders.mine(number, LockModeType.NONE);
        if (order.getStatus() == OrderStatus.AWAITING_PAYMENT) {
            for (Payment payment : attemptsOf(order)) {
                if (payment.getStatus() != PaymentStatus.PENDING) {
                    continue;
                }
                GatewayTrade trade = gateway.query(payment.getOutTradeNo());
                if (trade.state().isPaid()) {
                    settlement.settle(trade);
                }
            }
        }
        return view(order);
    }

    private List<Payment> attemptsOf(SealOrder order) {
        return payments.ofOrder(order.getId());
    }

    private PaymentView view(SealOrder order) {
        Instant now = clock.instant();
        boolean awaiting = order.getStatus() == OrderStatus.AWAITING_PAYMENT;
        List<Payment> payments = attemptsOf(order);
        PaymentView.Attempt open = awaiting
                ? payments.stream().filter(p -> p.isPayableAt(now)).findFirst().map(this::attempt).orElse(null) : null;
        return new PaymentView(order.getNumber().value(), order.getKind(), order.getStatus(), order.getAmount(),
                awaiting ? unpaidLimit.deadlineOf(order) : null, open,
                payments.stream().map(this::attempt).toList());
    }

    private PaymentView.Attempt attempt(Payment payment) {
        List<PaymentView.RefundLine> refunds = em.createNamedQuery("Refund.ofPayment", Refund.class)
                .setParameter("paymentId", payment.getId()).getResultStream()
                .map(r -> new PaymentView.RefundLine(r.getOutRefundNo(), r.getAmount(), r.getReason(), r.getStatus(),
                        r.getCreatedAt(), r.getCompletedAt()))
                .toList();
        return new PaymentView.Attempt(payment.getOutTradeNo(), payment.getGateway(), payment.getAmount(),
                payment.getStatus(), payment.getCodeUrl(), payment.getCreatedAt(), payment.getExpiresAt(),
                payment.getPaidAt(), payment.getTransactionId(), refunds);
    }
}
