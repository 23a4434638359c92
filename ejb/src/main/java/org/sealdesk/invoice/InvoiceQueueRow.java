package org.sealdesk.invoice;

import java.time.Instant;
import org.sealdesk.common.Money;

/** An invoice request as finance's queue shows it. */
public record InvoiceQueueRow(String orderNumber, BuyerType buyerType, String title, String taxNumber, String email,
        Money amount, Instant requestedAt) {
}
