package org.sealdesk.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** One line of a seal's history: the status it took, when, by which order. */
@Embeddable
public class SealChange {

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "what", nullable = false, length = 30)
    private SealStatus status;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    protected SealChange() {
    }

    SealChange(Instant at, SealStatus status, long orderId) {
        this.happenedAt = Utc.of(at);
        this.status = status;
        this.orderId = orderId;
    }

    public Instant getHappenedAt() {
        return Utc.instant(happenedAt);
    }

    public SealStatus getStatus() {
        return status;
    }

    public long getOrderId() {
        return orderId;
    }
}
