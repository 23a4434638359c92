package org.sealdesk.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sealdesk.common.Money;
import org.sealdesk.order.OrderStatus;

/** The staff home page's figures. */
public record Dashboard(Map<OrderStatus, Long> ordersByStatus, long waitingOverOneWorkingDay, long paymentsToday,
        Money receivedToday, long refundsToday, Money refundedToday, List<DayCount> applicationsPerDay) {

    public long awaitingReview() {
        return ordersByStatus.getOrDefault(OrderStatus.AWAITING_REVIEW, 0L);
    }

    public record DayCount(LocalDate day, long applications) {
    }
}
