package org.sealdesk.shipping;

import java.util.List;

/** The built-in courier: the shipper fills in SF's paper form and types its waybill; no route can be asked for. */
public class ManualCourier implements Courier {

    @Override
    public boolean makesWaybills() {
        return false;
    }

    @Override
    public Waybill order(Consignment consignment) {
        throw new IllegalStateException("the built-in courier makes no waybills: the shipper types the paper form's");
    }

    @Override
    public List<RouteEvent.Reported> routes(Waybill waybill) {
        return List.of();
    }

    @Override
    public String describe() {
        return "built-in (the shipper types the waybill from SF's paper form; routes are not tracked)";
    }
}
