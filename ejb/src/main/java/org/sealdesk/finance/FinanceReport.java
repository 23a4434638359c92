package org.sealdesk.finance;

import java.util.List;
import org.sealdesk.common.Money;

/** The payments matching a filter and their totals: received, refunded (not failed) and what remains. */
public record FinanceReport(List<FinanceRow> rows, Money received, Money refunded) {

    public Money net() {
        return Money.ofFen(received.fen() - refunded.fen());
    }
}
