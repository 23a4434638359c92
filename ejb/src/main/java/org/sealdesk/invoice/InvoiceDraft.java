package org.sealdesk.invoice;

import org.sealdesk.common.Money;

/**
 * What an invoice states before it is issued: the order it is for, buyer and seller, the one item, the price (VAT
 * included) and its rate, and who issues it (开票人); for a red invoice (冲红) also the blue one it cancels.
 *
 * @param reverses the blue invoice's number for a red invoice, null for a blue one
 */
public record InvoiceDraft(String orderNumber, InvoiceBuyer buyer, Seller seller, String item, Money amount,
        int rateBasisPoints, String clerk, String reverses) {

    public boolean isRed() {
        return reverses != null;
    }

    public Money tax() {
        return Invoice.taxContained(amount, rateBasisPoints);
    }

    public Money net() {
        return Money.ofFen(amount.fen() - tax().fen());
    }

    /** 6%, 6.5% */
    public String rate() {
        return rateBasisPoints % 100 == 0 ? rateBasisPoints / 100 + "%"
                : String.format("%d.%02d%%", rateBasisPoints / 100, rateBasisPoints % 100).replaceAll("0+%", "%");
    }
}
