package org.sealdesk.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.invoice.InvoiceReversals;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.staff.Roles;

/**
 * Finance gives the money back for a rejected order the applicant abandoned: one action refunds
 * the paid payment in full at its gateway and closes the order as refunded.
 */
@Stateless
@RolesAllowed(Roles.FINANCE)
public class RefundService {

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
    InvoiceReversals invoiceReversals;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public RefundStatus refundAbandoned(String orderNumber, String reason) {
        String finance = session.getCallerPrincipal().getName();
        SealOrder order = orders.byNumber(OrderNumber.sought(orderNumber), LockModeType.PESSIMISTIC_WRITE);
        if (order.getStatus() != OrderStatus.REJECTED) {
            audit.refused(finance, "payment.refund", orderNumber, "order is " + order.getStatus());
            throw new RuleViolation("refund.orderNotRejected", orderNumber);
        }
        List<Payment> paid = payments.ofOrder(order.getId(), PaymentStatus.PAID);
        if (paid.size() != 1) {
            throw new RuleViolation("refund.nothingPaid", orderNumber);
        }
        Payment payment = paid.get(0);
        long earlier = em.createNamedQuery("Refund.ofPayment", Refund.class).setParameter("paymentId", payment.getId())
                .getResultStream().count();
        Instant now = clock.instant();
        Refund refund = Refund.of(payment, (int) earlier + 1, reason, finance, now);
        em.persist(refund);
        RefundResult result = gateway.refund(new RefundRequest(payment.getOutTradeNo(), refund.getOutRefundNo(),
                payment.getAmount(), payment.getAmount(), refund.getReason()));
        refund.outcome(result.status(), result.refundId(), now);
        if (result.status() != RefundStatus.FAILED) {
            payment.refunded();
            order.refund(finance, refund.getReason(), now);
            invoiceReversals.orderRefunded(order, finance);
        }
        audit.success(finance, "payment.refund", orderNumber,
                refund.getOutRefundNo() + " " + payment.getAmount().fen() + " fen: " + result.status());
        return result.status();
    }
}
