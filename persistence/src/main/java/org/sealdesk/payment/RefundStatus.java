package org.sealdesk.payment;

/** A refund as the gateway reports it. */
public enum RefundStatus {
    /** Accepted by the gateway, money on its way back. */
    PROCESSING,
    SUCCEEDED,
    /** The gateway refused or gave up; finance may try again. */
    FAILED
}
