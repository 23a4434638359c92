package org.sealdesk.shipping;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.sealdesk.common.Utc;
import org.sealdesk.ukey.Ukey;

/** Where shipments, and the ukey an order sends, are found: each lookup written once. */
public final class Shipments {

    private final EntityManager em;

    public Shipments(EntityManager em) {
        this.em = em;
    }

    /** The order's parcels, first sent first. */
    public List<Shipment> ofOrder(long orderId) {
        return em.createNamedQuery("Shipment.ofOrder", Shipment.class).setParameter("orderId", orderId)
                .getResultList();
    }

    public Optional<Shipment> latest(long orderId) {
        List<Shipment> all = ofOrder(orderId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<Shipment> byWaybill(Waybill waybill, LockModeType lock) {
        return em.createNamedQuery("Shipment.byWaybill", Shipment.class).setParameter("waybill", waybill.value())
                .setLockMode(lock).getResultStream().findFirst();
    }

    /** Parcels still out whose routes were last asked for before {@code before}, stalest first. */
    public List<Shipment> toTrack(Instant before, int limit) {
        return em.createNamedQuery("Shipment.toTrack", Shipment.class)
                .setParameter("open", EnumSet.of(ShipmentStatus.CREATED, ShipmentStatus.IN_TRANSIT))
                .setParameter("before", Utc.of(before)).setMaxResults(limit).getResultList();
    }

    /** The ukey production made for the order (the newest, should there be more). */
    public Optional<Ukey> ukeyOf(long orderId) {
        return em.createNamedQuery("Ukey.ofOrder", Ukey.class).setParameter("orderId", orderId).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
