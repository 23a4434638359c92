package org.sealdesk.shipping;

import java.util.List;
import org.sealdesk.common.RuleViolation;

/** Sends parcels: the SF Express open platform, or the built-in one where the shipper fills in SF's paper form. */
public interface Courier {

    /** Whether this courier makes the waybill; otherwise the shipper types the one on the paper form. */
    boolean makesWaybills();

    /**
     * Orders a pickup for the parcel and answers its waybill.
     *
     * @throws RuleViolation shipping.courier.refused (with the courier's code and words) or
     *         shipping.courier.unreachable
     */
    Waybill order(Consignment consignment);

    /**
     * The parcel's route so far, as the courier knows it; empty where the courier cannot be asked.
     *
     * @throws RuleViolation as {@link #order}
     */
    List<RouteEvent.Reported> routes(Waybill waybill);

    /** Shown in the start-up log. */
    String describe();
}
