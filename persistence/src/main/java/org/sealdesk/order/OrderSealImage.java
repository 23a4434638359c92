package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The image (PNG) of one seal an order makes, drawn from the name it carries when the order was submitted. Drawing
 * costs far more than signing, so it happens once per order, not at each look or each production attempt.
 */
@Entity
@Table(name = "order_seal_image")
@IdClass(OrderSealImage.Key.class)
@NamedQuery(name = "OrderSealImage.ofOrder", query = "SELECT i FROM OrderSealImage i WHERE i.orderId = :orderId")
public class OrderSealImage {

    /** The order and the seal's kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long orderId;
        private SealType type;

        public Key() {
        }

        public Key(long orderId, SealType type) {
            this.orderId = orderId;
            this.type = type;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.orderId == orderId && key.type == type;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, type);
        }
    }

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "seal_type", length = 40)
    private SealType type;

    @Column(name = "holder_name", nullable = false, length = 100)
    private String holderName;

    @Column(name = "image_png", nullable = false)
    private byte[] png;

    protected OrderSealImage() {
    }

    public OrderSealImage(long orderId, SealRequest seal, byte[] png) {
        this.orderId = orderId;
        this.type = seal.getType();
        this.holderName = seal.getHolderName();
        this.png = png.clone();
    }

    /** Whether this image carries the name the order's seal now carries. */
    public boolean shows(SealRequest seal) {
        return seal.getType() == type && seal.getHolderName().equals(holderName);
    }

    public SealType getType() {
        return type;
    }

    public byte[] getPng() {
        return png.clone();
    }
}
