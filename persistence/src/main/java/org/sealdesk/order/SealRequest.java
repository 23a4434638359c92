package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One seal an order asks for, and whose name it carries; for an order about a seal held already, that seal. */
@Embeddable
public class SealRequest {

    @Enumerated(EnumType.STRING)
    @Column(name = "seal_type", nullable = false, length = 40)
    private SealType type;

    @Column(name = "holder_name", nullable = false, length = 100)
    private String holderName;

    /** The seal the order renews (or otherwise changes); none for a new seal. */
    @Column(name = "seal_id")
    private Long sealId;

    protected SealRequest() {
    }

    SealRequest(SealType type, String holderName) {
        this.type = type;
        this.holderName = holderName;
    }

    /** A request about the existing seal {@code sealId}, which names its holder. */
    public static SealRequest about(long sealId, SealType type, String holderName) {
        SealRequest request = new SealRequest(type, holderName);
        request.sealId = sealId;
        return request;
    }

    public SealType getType() {
        return type;
    }

    public String getHolderName() {
        return holderName;
    }

    public Long getSealId() {
        return sealId;
    }
}
