package org.sealdesk.invoice;

import java.time.Instant;
import org.sealdesk.common.Money;

/** An order's invoice as its pages show it: the buyer as requested, and once issued its number, date and tax. */
public record InvoiceView(String orderNumber, InvoiceStatus status, BuyerDetails buyer, Money amount,
        Instant requestedAt, String number, Instant issuedAt, Money tax, String fileType) {

    static InvoiceView of(String orderNumber, Invoice invoice) {
        return new InvoiceView(orderNumber, invoice.getStatus(), BuyerDetails.of(invoice.getBuyer()),
                invoice.getAmount(), invoice.getRequestedAt(), invoice.getNumber(), invoice.getIssuedAt(),
                invoice.getTax(), invoice.getFileType());
    }

    public boolean isIssued() {
        return status == InvoiceStatus.ISSUED;
    }
}
