package org.sealdesk.review;

import java.time.Duration;
import java.time.Instant;
import org.sealdesk.common.Money;
import org.sealdesk.order.OrderKind;

/** One order waiting for review, as the queue lists it. */
public record ReviewQueueRow(String number, OrderKind kind, String unitName, String creditCode, String legalRepName,
        String partnerName, Money amount, Instant submittedAt, Instant waitingSince, boolean resubmitted) {

    public Duration waitedAt(Instant now) {
        return Duration.between(waitingSince, now);
    }
}
