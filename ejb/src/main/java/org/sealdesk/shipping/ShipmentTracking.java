package org.sealdesk.shipping;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.SealOrder;

/**
 * Follows parcels by asking the courier for their routes: when SF pushes a route (a hint only: pushes carry no
 * signature, so what they say is never taken, only which waybill to ask about) and periodically for every parcel
 * still out. Each parcel is asked about at most once per {@link #MIN_QUERY_GAP}, whoever asks, so pushes cannot make
 * SealDesk hammer SF. A delivery texts the applicant to confirm receipt; a return sends the order back to be shipped.
 */
@Stateless
@PermitAll
public class ShipmentTracking {

    static final Duration MIN_QUERY_GAP = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(ShipmentTracking.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Shipments shipments;

    @Inject
    Courier courier;

    @Inject
    ParcelEvents parcels;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The waybills of parcels still out whose routes are older than {@code age}, stalest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Waybill> stale(Duration age, int limit) {
        return shipments.toTrack(clock.instant().minus(age), limit).stream().map(Shipment::getWaybill).toList();
    }

    /**
     * Asks the courier for the parcel's route, unless it is not ours, no longer out, or was asked about within the
     * last minute; records what is new and what it means.
     *
     * @return whether the courier was asked
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean track(Waybill waybill) {
        Instant now = clock.instant();
        Optional<Shipment> known = shipments.byWaybill(waybill, LockModeType.NONE);
        if (known.isEmpty() || !known.get().getStatus().isOpen()
                || known.get().getQueriedAt().isAfter(now.minus(MIN_QUERY_GAP))) {
            return false;
        }
        List<RouteEvent.Reported> route;
        try {
            route = courier.routes(waybill);
        } catch (RuleViolation unanswered) {
            LOG.warning(() -> "Route of " + waybill + " not known: " + unanswered.getMessage());
            route = List.of();
        }
        Shipment shipment = shipments.byWaybill(waybill, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        ShipmentStatus before = shipment.track(route, now);
        if (shipment.getStatus() != before) {
            SealOrder order = em.find(SealOrder.class, shipment.getOrderId(), LockModeType.PESSIMISTIC_WRITE);
            if (order.getStatus() == OrderStatus.SHIPPED && shipment.getStatus() == ShipmentStatus.DELIVERED) {
                parcels.delivered(order);
            } else if (order.getStatus() == OrderStatus.SHIPPED && shipment.getStatus() == ShipmentStatus.RETURNED) {
                parcels.returned(order, shipment, SealOrder.SYSTEM);
            }
            audit.success(SealOrder.SYSTEM, "shipping.route", order.getNumber().value(),
                    waybill + ": " + before + " → " + shipment.getStatus());
        }
        return true;
    }
}
