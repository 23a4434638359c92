package org.sealdesk.shipping;

import java.time.Instant;

/**
 * An order awaiting shipment, as the shipper's queue shows it.
 *
 * @param returnReason why the last parcel came back, when this is a second sending
 * @param atRisk the manual promises shipment the day of application: true once that day has passed
 */
public record ShippingQueueRow(String number, String holder, String recipient, String address, String ukeySerial,
        Instant submittedAt, long waitingMinutes, boolean atRisk, String returnReason) {
}
