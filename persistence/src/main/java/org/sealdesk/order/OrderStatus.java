package org.sealdesk.order;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands; each status names the statuses it may move to. */
public enum OrderStatus {
    /** Saved by the wizard, not submitted. */
    DRAFT,
    AWAITING_PAYMENT,
    /** Unpaid past the limit. */
    CLOSED,
    AWAITING_REVIEW,
    /** Sent back to the applicant with a reason; corrected and resubmitted without paying again. */
    REJECTED,
    /** Money returned for a rejected order the applicant abandoned. */
    REFUNDED,
    AWAITING_PRODUCTION,
    AWAITING_SHIPMENT,
    /** With the courier; a returned parcel brings the order back to awaiting shipment. */
    SHIPPED,
    /** The applicant confirmed receipt (确认收货): the ukey's certificates are trusted from now on. */
    DELIVERED,
    /** Paid (and approved where due); the applicant finishes it with the ukey online. */
    AWAITING_ONLINE_UPDATE,
    COMPLETED;

    static {
        DRAFT.next = EnumSet.of(AWAITING_PAYMENT, COMPLETED);
        AWAITING_PAYMENT.next = EnumSet.of(CLOSED, AWAITING_REVIEW, AWAITING_PRODUCTION, AWAITING_ONLINE_UPDATE);
        CLOSED.next = EnumSet.noneOf(OrderStatus.class);
        AWAITING_REVIEW.next = EnumSet.of(REJECTED, AWAITING_PRODUCTION, AWAITING_ONLINE_UPDATE);
        REJECTED.next = EnumSet.of(AWAITING_REVIEW, REFUNDED);
        REFUNDED.next = EnumSet.noneOf(OrderStatus.class);
        AWAITING_PRODUCTION.next = EnumSet.of(AWAITING_SHIPMENT);
        AWAITING_SHIPMENT.next = EnumSet.of(SHIPPED);
        SHIPPED.next = EnumSet.of(DELIVERED, AWAITING_SHIPMENT);
        DELIVERED.next = EnumSet.noneOf(OrderStatus.class);
        AWAITING_ONLINE_UPDATE.next = EnumSet.of(COMPLETED);
        COMPLETED.next = EnumSet.noneOf(OrderStatus.class);
    }

    private EnumSet<OrderStatus> next;

    public boolean canMoveTo(OrderStatus target) {
        return next.contains(target);
    }

    public Set<OrderStatus> next() {
        return EnumSet.copyOf(next);
    }

    /** Whether an order here was paid for and the money kept. */
    public boolean isPaid() {
        return this != DRAFT && this != AWAITING_PAYMENT && this != CLOSED && this != REFUNDED;
    }

    public boolean isFinal() {
        return next.isEmpty();
    }
}
