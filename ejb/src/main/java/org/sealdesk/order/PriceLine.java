package org.sealdesk.order;

import org.sealdesk.common.Money;

/** One line of the price table as pages show it: what an order of a kind costs for a number of years. */
public record PriceLine(OrderKind kind, int years, Money amount) {

    public static final int MAX_YEARS = PriceRule.MAX_YEARS;
    public static final Money MAX_AMOUNT = PriceRule.MAX_AMOUNT;

    static PriceLine of(PriceRule rule) {
        return new PriceLine(rule.getKind(), rule.getYears(), rule.getAmount());
    }
}
