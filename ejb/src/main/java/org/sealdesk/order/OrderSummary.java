package org.sealdesk.order;

import java.time.Instant;
import java.util.List;
import org.sealdesk.common.Money;

/**
 * An order as the applicant's order list shows it: what and when, without documents or timeline.
 *
 * @param paidFor whether an invoice can be asked for
 */
public record OrderSummary(String number, OrderKind kind, OrderStatus status, Money amount, Instant createdAt,
        List<OrderView.Seal> seals, boolean editable, boolean paidFor) {

    static OrderSummary of(SealOrder order) {
        return new OrderSummary(order.getNumber().value(), order.getKind(), order.getStatus(), order.getAmount(),
                order.getCreatedAt(), order.sealsToMake().stream().map(OrderView.Seal::of).toList(),
                order.isEditable(), order.isPaidFor());
    }
}
