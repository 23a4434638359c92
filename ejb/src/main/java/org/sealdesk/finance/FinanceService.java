package org.sealdesk.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sealdesk.common.Money;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.order.SealOrder;
import org.sealdesk.payment.Payment;
import org.sealdesk.payment.Refund;
import org.sealdesk.payment.RefundStatus;
import org.sealdesk.platform.Csv;
import org.sealdesk.staff.Roles;

/** Finance's view of the money: payments and refunds with totals, and the CSV export for reconciliation. */
@Stateless
@RolesAllowed(Roles.FINANCE)
public class FinanceService {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ServiceZone.ZONE);
    private static final int MAX_EXPORT_ROWS = 5_000;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    /** How many payments match the filter and their totals, summed by the database over all of them. */
    public FinanceReport report(FinanceFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Object[]> payments = em.createQuery("SELECT COUNT(p), SUM(CASE WHEN p.paidAt IS NULL THEN 0"
                + " ELSE p.amountFen END) FROM Payment p" + where, Object[].class);
        TypedQuery<Long> refunds = em.createQuery("SELECT SUM(r.amountFen) FROM Refund r, Payment p"
                + " WHERE r.paymentId = p.id AND r.status <> :failed" + where.replaceFirst(" WHERE ", " AND "),
                Long.class).setParameter("failed", RefundStatus.FAILED);
        parameters.forEach((name, value) -> {
            payments.setParameter(name, value);
            refunds.setParameter(name, value);
        });
        Object[] received = payments.getSingleResult();
        return new FinanceReport((Long) received[0], fen(received[1]), fen(refunds.getSingleResult()));
    }

    /** One page of the payments matching the filter, newest first, with their orders and refunds. */
    public List<FinanceRow> rows(FinanceFilter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Payment> query = em.createQuery("SELECT p FROM Payment p" + where(filter, parameters)
                + " ORDER BY p.createdAt DESC, p.id DESC", Payment.class);
        parameters.forEach(query::setParameter);
        List<Payment> payments = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
        Map<Long, SealOrder> orders = byId(payments.stream().map(Payment::getOrderId).distinct().toList());
        Map<Long, List<Refund>> refunds = refundsOf(payments.stream().map(Payment::getId).toList());
        return payments.stream().map(p -> row(p, orders.get(p.getOrderId()),
                refunds.getOrDefault(p.getId(), List.of()))).toList();
    }

    private static String where(FinanceFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("p.createdAt >= :from");
            parameters.put("from", ServiceZone.startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("p.createdAt < :to");
            parameters.put("to", ServiceZone.endOf(filter.to()));
        }
        if (filter.status() != null) {
            conditions.add("p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.orderNumber() != null && !filter.orderNumber().isBlank()) {
            conditions.add("p.outTradeNo LIKE :number");
            parameters.put("number", filter.orderNumber().strip().replace("%", "").replace("_", "") + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Money fen(Object sum) {
        return Money.ofFen(sum == null ? 0 : ((Number) sum).longValue());
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese columns correctly. */
    public String csv(FinanceFilter filter) {
        StringBuilder csv = new StringBuilder("\uFEFF商户订单号,支付渠道,订单号,订单状态,金额(元),支付状态,创建时间,支付时间,渠道交易号,退款单号,退款金额(元),退款状态,退款原因\r\n");
        for (FinanceRow row : rows(filter, 0, MAX_EXPORT_ROWS)) {
            List<FinanceRow.RefundLine> refunds = row.refunds().isEmpty() ? Collections.singletonList(null)
                    : row.refunds();
            for (FinanceRow.RefundLine refund : refunds) {
                csv.append(Csv.line(row.outTradeNo(), row.gateway(), row.orderNumber(), row.orderStatus(),
                        row.amount().yuan(), row.status(), time(row.createdAt()), time(row.paidAt()),
                        row.transactionId(), refund == null ? null : refund.outRefundNo(),
                        refund == null ? null : refund.amount().yuan(), refund == null ? null : refund.status(),
                        refund == null ? null : refund.reason()));
            }
        }
        return csv.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : CSV_TIME.format(instant);
    }

    private Map<Long, SealOrder> byId(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT o FROM SealOrder o WHERE o.id IN :ids", SealOrder.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(SealOrder::getId, o -> o));
    }

    private Map<Long, List<Refund>> refundsOf(List<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM Refund r WHERE r.paymentId IN :ids ORDER BY r.createdAt", Refund.class)
                .setParameter("ids", paymentIds).getResultStream()
                .collect(Collectors.groupingBy(Refund::getPaymentId));
    }

    private static FinanceRow row(Payment payment, SealOrder order, List<Refund> refunds) {
        Objects.requireNonNull(order, "payment without order");
        return new FinanceRow(payment.getOutTradeNo(), payment.getGateway(), order.getNumber().value(), order.getKind(),
                order.getStatus(), payment.getAmount(), payment.getStatus(), payment.getCreatedAt(), payment.getPaidAt(),
                payment.getTransactionId(), refunds.stream().map(r -> new FinanceRow.RefundLine(r.getOutRefundNo(),
                        r.getAmount(), r.getStatus(), r.getReason(), r.getRequestedBy(), r.getCreatedAt())).toList());
    }
}
