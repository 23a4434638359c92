package org.sealdesk.payment;

import java.util.EnumSet;

/** Where one payment attempt stands; each status names the statuses it may move to. */
public enum PaymentStatus {
    /** The QR code is offered; the gateway has not reported the money yet. */
    PENDING,
    PAID,
    /** Closed at the gateway unpaid: its QR code no longer works. */
    CLOSED,
    /** The money went back to the payer. */
    REFUNDED;

    static {
        PENDING.next = EnumSet.of(PAID, CLOSED);
        PAID.next = EnumSet.of(REFUNDED);
        CLOSED.next = EnumSet.noneOf(PaymentStatus.class);
        REFUNDED.next = EnumSet.noneOf(PaymentStatus.class);
    }

    private EnumSet<PaymentStatus> next;

    public boolean canMoveTo(PaymentStatus target) {
        return next.contains(target);
    }
}
