package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** One step in an order's status timeline: who moved it from where to where, when, and why. */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_event_seq")
    @SequenceGenerator(name = "order_event_seq", sequenceName = "order_event_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SealOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private OrderStatus to;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(length = 500)
    private String note;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    protected OrderEvent() {
    }

    OrderEvent(SealOrder order, OrderStatus from, OrderStatus to, String actor, String note, Instant at) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note;
        this.happenedAt = Utc.of(at);
    }

    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public Instant getHappenedAt() {
        return Utc.instant(happenedAt);
    }
}
