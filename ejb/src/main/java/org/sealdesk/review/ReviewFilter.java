package org.sealdesk.review;

import java.io.Serializable;
import java.time.LocalDate;
import org.sealdesk.order.OrderKind;

/** What the reviewer narrowed the queue to; empty fields do not filter. Dates are service-zone days. */
public record ReviewFilter(OrderKind kind, LocalDate submittedFrom, LocalDate submittedTo, Long partnerId,
        String unitName, String creditCode) implements Serializable {

    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null, null, null, null);
    }
}
