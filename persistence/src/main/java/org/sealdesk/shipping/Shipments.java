package org.sealdesk.shipping;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

    /** The latest parcel of each of the orders that has one, in one query: for lists. */
    public Map<Long, Shipment> latestOf(Collection<Long> orderIds) {
        return newestByOrder(orderIds.isEmpty() ? List.of() : em.createQuery("SELECT s FROM Shipment s"
                + " WHERE s.orderId IN :ids ORDER BY s.sending", Shipment.class).setParameter("ids", orderIds)
                .getResultList(), Shipment::getOrderId);
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

    /** The ukey of each of the orders that has one (the newest), in one query: for lists. */
    public Map<Long, Ukey> ukeysOf(Collection<Long> orderIds) {
        return newestByOrder(orderIds.isEmpty() ? List.of() : em.createQuery("SELECT u FROM Ukey u"
                + " WHERE u.orderId IN :ids ORDER BY u.id", Ukey.class).setParameter("ids", orderIds)
                .getResultList(), Ukey::getOrderId);
    }

    /** The last of each order's rows, given oldest first. */
    private static <T> Map<Long, T> newestByOrder(List<T> oldestFirst, Function<T, Long> order) {
        Map<Long, T> newest = new HashMap<>();
        oldestFirst.forEach(row -> newest.put(order.apply(row), row));
        return newest;
    }
}
