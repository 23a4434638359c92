package org.sealdesk.shipping;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/**
 * One parcel sent for one order (快递邮寄): its waybill, the ukey in it, and its route as the courier reports it. A
 * returned parcel stays as it was; sending the ukey again is a new shipment.
 */
@Entity
@Table(name = "shipment")
@NamedQuery(name = "Shipment.ofOrder", query = "SELECT s FROM Shipment s WHERE s.orderId = :orderId ORDER BY s.sending")
@NamedQuery(name = "Shipment.byWaybill", query = "SELECT s FROM Shipment s WHERE s.waybill = :waybill")
@NamedQuery(name = "Shipment.toTrack", query = "SELECT s FROM Shipment s WHERE s.status IN :open "
        + "AND s.queriedAt < :before ORDER BY s.queriedAt")
public class Shipment {

    /** The only carrier so far (the manual: 顺丰). */
    public static final String SF_EXPRESS = "SF";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    /** 1 for the first parcel of the order, 2 after a return, … */
    @Column(nullable = false)
    private int sending;

    @Column(nullable = false, length = 10)
    private String carrier;

    @Column(nullable = false, unique = true, length = 20)
    private String waybill;

    @Column(name = "ukey_serial", nullable = false, length = 64)
    private String ukeySerial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShipmentStatus status;

    @Column(nullable = false, length = 64)
    private String shipper;

    @Column(name = "shipped_at", nullable = false)
    private OffsetDateTime shippedAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "return_reason", length = 300)
    private String returnReason;

    /** When the courier's routes were last asked for (or the parcel was sent), so tracking asks the stalest first. */
    @Column(name = "queried_at", nullable = false)
    private OffsetDateTime queriedAt;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
    @OrderBy("happenedAt ASC, id ASC")
    private List<RouteEvent> route = new ArrayList<>();

    @Version
    private long version;

    protected Shipment() {
    }

    public static Shipment sent(long orderId, int sending, Waybill waybill, String ukeySerial, String shipper,
            Instant now) {
        Shipment shipment = new Shipment();
        shipment.orderId = orderId;
        shipment.sending = sending;
        shipment.carrier = SF_EXPRESS;
        shipment.waybill = waybill.value();
        shipment.ukeySerial = ukeySerial;
        shipment.shipper = shipper;
        shipment.status = ShipmentStatus.CREATED;
        shipment.shippedAt = Utc.of(now);
        shipment.queriedAt = Utc.of(now);
        return shipment;
    }

    /**
     * Adds what the courier reported that is not yet on the route, and moves the parcel on: delivered or returned as
     * soon as an event says so, in transit on any other. Reports repeat; each event is kept once.
     *
     * @return the status before, so the caller can tell what changed
     */
    public ShipmentStatus track(List<RouteEvent.Reported> reported, Instant now) {
        ShipmentStatus before = status;
        queriedAt = Utc.of(now);
        for (RouteEvent.Reported event : reported) {
            if (route.stream().noneMatch(known -> known.sameAs(event))) {
                route.add(new RouteEvent(this, event));
            }
        }
        route.sort((a, b) -> a.getHappenedAt().compareTo(b.getHappenedAt()));
        for (RouteEvent event : route) {
            switch (event.getProgress()) {
                case DELIVERED -> moveIfOpen(ShipmentStatus.DELIVERED, event, now);
                case RETURNED -> moveIfOpen(ShipmentStatus.RETURNED, event, now);
                case MOVING -> {
                    if (status == ShipmentStatus.CREATED) {
                        status = ShipmentStatus.IN_TRANSIT;
                    }
                }
            }
        }
        return before;
    }

    private void moveIfOpen(ShipmentStatus target, RouteEvent event, Instant now) {
        if (!status.canMoveTo(target)) {
            return;
        }
        status = target;
        if (target == ShipmentStatus.DELIVERED) {
            deliveredAt = Utc.of(event.getHappenedAt());
        } else {
            returnReason = event.getRemark();
        }
    }

    /** The shipper records a parcel that came back (refused, wrong address), as the paper form says. */
    public void returned(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("shipping.return.reasonRequired");
        }
        if (!status.canMoveTo(ShipmentStatus.RETURNED)) {
            throw new RuleViolation("shipping.return.closed", waybill);
        }
        status = ShipmentStatus.RETURNED;
        returnReason = reason.strip().length() > 300 ? reason.strip().substring(0, 300) : reason.strip();
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getSending() {
        return sending;
    }

    public String getCarrier() {
        return carrier;
    }

    public Waybill getWaybill() {
        return new Waybill(waybill);
    }

    public String getUkeySerial() {
        return ukeySerial;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public String getShipper() {
        return shipper;
    }

    public Instant getShippedAt() {
        return Utc.instant(shippedAt);
    }

    public Instant getDeliveredAt() {
        return deliveredAt == null ? null : Utc.instant(deliveredAt);
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getQueriedAt() {
        return Utc.instant(queriedAt);
    }

    public List<RouteEvent> getRoute() {
        return Collections.unmodifiableList(route);
    }
}
