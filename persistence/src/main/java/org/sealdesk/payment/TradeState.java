package org.sealdesk.payment;

/** A trade's state as a payment gateway reports it (WeChat Pay's trade_state values). */
public enum TradeState {
    NOTPAY,
    USERPAYING,
    SUCCESS,
    CLOSED,
    REFUND,
    REVOKED,
    PAYERROR;

    public boolean isPaid() {
        return this == SUCCESS || this == REFUND;
    }
}
