package org.sealdesk.shipping;

import org.sealdesk.order.OrderView;

/**
 * An order to ship, as the shipper's page shows it: the order (address, earlier parcels), the serial of the ukey
 * production made for it, and whether the courier makes the waybill or the shipper types it.
 */
public record ShippingCase(OrderView order, String ukeySerial, boolean courierMakesWaybills) {
}
