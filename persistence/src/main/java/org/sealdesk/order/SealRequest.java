package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One seal an order asks for, and whose name it carries. */
@Embeddable
public class SealRequest {

    @Enumerated(EnumType.STRING)
    @Column(name = "seal_type", nullable = false, length = 40)
    private SealType type;

    @Column(name = "holder_name", nullable = false, length = 100)
    private String holderName;

    protected SealRequest() {
    }

    SealRequest(SealType type, String holderName) {
        this.type = type;
        this.holderName = holderName;
    }

    public SealType getType() {
        return type;
    }

    public String getHolderName() {
        return holderName;
    }
}
