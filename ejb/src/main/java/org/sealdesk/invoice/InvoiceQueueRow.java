package org.sealdesk.invoice;

import java.time.Instant;
import org.sealdesk.common.Money;

/**
 * What finance has to do for an order, as its queue shows it: a request to issue, or a red invoice to upload.
 *
 * @param number the blue invoice's number when a red one is due
 */
public record InvoiceQueueRow(String orderNumber, InvoiceStatus status, BuyerType buyerType, String title,
        String taxNumber, String email, Money amount, Instant requestedAt, String number) {
}
