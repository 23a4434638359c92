package org.sealdesk.invoice;

import java.time.Instant;
import org.sealdesk.common.Money;

/**
 * An order's invoice as its pages show it: the buyer as requested, once issued its number, date and tax, and its red
 * invoice once reversed.
 */
public record InvoiceView(String orderNumber, InvoiceStatus status, BuyerDetails buyer, Money amount,
        Instant requestedAt, String number, Instant issuedAt, Money tax, String redNumber, Instant reversedAt) {

    static InvoiceView of(String orderNumber, Invoice invoice) {
        return new InvoiceView(orderNumber, invoice.getStatus(), BuyerDetails.of(invoice.getBuyer()),
                invoice.getAmount(), invoice.getRequestedAt(), invoice.getNumber(), invoice.getIssuedAt(),
                invoice.getTax(), invoice.getRedNumber(), invoice.getReversedAt());
    }

    /** Whether it is no longer a request: issued, and perhaps reversed since. */
    public boolean isIssued() {
        return number != null;
    }
}
