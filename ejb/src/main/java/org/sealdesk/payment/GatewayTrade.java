package org.sealdesk.payment;

import java.time.Instant;
import org.sealdesk.common.Money;

/** A trade as the gateway reports it; transaction id, amount and time only once paid. */
public record GatewayTrade(String outTradeNo, TradeState state, String transactionId, Money amount,
        Instant successTime) {
}
