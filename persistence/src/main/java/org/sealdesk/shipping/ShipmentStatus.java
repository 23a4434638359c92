package org.sealdesk.shipping;

import java.util.EnumSet;
import java.util.Set;

/** Where a parcel is, as the courier reports it; each status names the statuses it may move to. */
public enum ShipmentStatus {
    /** The waybill exists; the courier has not reported the parcel picked up. */
    CREATED,
    IN_TRANSIT,
    DELIVERED,
    /** Refused or undeliverable, on its way back: the order awaits shipment again. */
    RETURNED;

    static {
        CREATED.next = EnumSet.of(IN_TRANSIT, DELIVERED, RETURNED);
        IN_TRANSIT.next = EnumSet.of(DELIVERED, RETURNED);
        DELIVERED.next = EnumSet.noneOf(ShipmentStatus.class);
        RETURNED.next = EnumSet.noneOf(ShipmentStatus.class);
    }

    private Set<ShipmentStatus> next;

    public boolean canMoveTo(ShipmentStatus target) {
        return next.contains(target);
    }

    public boolean isOpen() {
        return !next.isEmpty();
    }
}
