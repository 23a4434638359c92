package org.sealdesk.production;

import java.time.Instant;
import java.util.List;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.SealType;

/**
 * An order awaiting production, as the queue shows it.
 *
 * @param atRisk the manual promises shipment the day of application: true once that day has passed
 */
public record ProductionQueueRow(String number, OrderKind kind, String holder, List<SealType> seals,
        Instant submittedAt, long waitingMinutes, boolean atRisk) {
}
