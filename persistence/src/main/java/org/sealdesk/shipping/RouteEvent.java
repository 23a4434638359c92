package org.sealdesk.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.sealdesk.common.Utc;

/** One step of a parcel's route as the courier reported it (time, place, its words), kept as reported. */
@Entity
@Table(name = "shipment_route")
public class RouteEvent {

    /** A route event as a courier reports it, before it belongs to a shipment. */
    public record Reported(Instant at, String place, String remark, String code, RouteProgress progress) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_route_seq")
    @SequenceGenerator(name = "shipment_route_seq", sequenceName = "shipment_route_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    @Column(length = 100)
    private String place;

    @Column(nullable = false, length = 300)
    private String remark;

    @Column(length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RouteProgress progress;

    protected RouteEvent() {
    }

    RouteEvent(Shipment shipment, Reported reported) {
        this.shipment = shipment;
        this.happenedAt = Utc.of(reported.at());
        this.place = cut(reported.place(), 100);
        this.remark = remarkOf(reported);
        this.code = cut(reported.code(), 20);
        this.progress = reported.progress();
    }

    boolean sameAs(Reported reported) {
        return getHappenedAt().equals(reported.at()) && Objects.equals(code, cut(reported.code(), 20))
                && remark.equals(remarkOf(reported));
    }

    private static String remarkOf(Reported reported) {
        return cut(reported.remark() == null || reported.remark().isBlank() ? "-" : reported.remark(), 300);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Instant getHappenedAt() {
        return Utc.instant(happenedAt);
    }

    public String getPlace() {
        return place;
    }

    public String getRemark() {
        return remark;
    }

    public RouteProgress getProgress() {
        return progress;
    }
}
