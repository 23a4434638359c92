package org.sealdesk.finance;

import org.sealdesk.common.Money;

/** How many payments match a filter and their totals: received, refunded (not failed) and what remains. */
public record FinanceReport(long payments, Money received, Money refunded) {

    public Money net() {
        return Money.ofFen(received.fen() - refunded.fen());
    }
}
