package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many orders have been counted in one of the statuses an order never leaves (closed, refunded, delivered,
 * completed), so that the dashboard need not count history. Each order is counted once (it is marked so).
 */
@Entity
@Table(name = "finished_order_count")
public class FinishedOrderCount {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private OrderStatus status;

    @Column(nullable = false)
    private long orders;

    protected FinishedOrderCount() {
    }

    public FinishedOrderCount(OrderStatus status) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException(status + " is left again: its orders are counted as they stand");
        }
        this.status = status;
    }

    public void add(long counted) {
        if (counted < 0) {
            throw new IllegalArgumentException("a count only grows: " + counted);
        }
        orders += counted;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public long getOrders() {
        return orders;
    }
}
