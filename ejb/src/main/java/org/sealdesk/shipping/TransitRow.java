package org.sealdesk.shipping;

import java.time.Instant;

/** A shipped order awaiting the applicant's receipt, as the shipper's list shows it. */
public record TransitRow(String number, String recipient, String waybill, String trackingLink, Instant shippedAt,
        ShipmentStatus parcel) {
}
