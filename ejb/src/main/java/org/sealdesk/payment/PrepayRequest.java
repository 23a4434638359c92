package org.sealdesk.payment;

import java.time.Instant;
import org.sealdesk.common.Money;

/** A new trade: after {@code expiresAt} the gateway itself refuses the payment. */
public record PrepayRequest(String outTradeNo, String description, Money amount, Instant expiresAt) {
}
