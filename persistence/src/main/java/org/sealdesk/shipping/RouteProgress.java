package org.sealdesk.shipping;

/** What a courier's route event means for the parcel, whatever the courier's own operation codes. */
public enum RouteProgress {
    /** Picked up, sorted, on a vehicle, out for delivery, … */
    MOVING,
    DELIVERED,
    RETURNED
}
