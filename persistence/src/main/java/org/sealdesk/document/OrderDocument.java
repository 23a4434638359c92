package org.sealdesk.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/**
 * An uploaded scan of an order: its type as sniffed from the bytes, its SHA-256, and the bytes themselves encrypted
 * (AES-256-GCM) with the data key — kept in this row, or by a document store outside the database under the key
 * this row holds. One per role and order; a new upload replaces the old one.
 */
@Entity
@Table(name = "order_document")
@NamedQuery(name = "OrderDocument.ofOrder",
        query = "SELECT d FROM OrderDocument d WHERE d.orderId = :orderId ORDER BY d.role")
@NamedQuery(name = "OrderDocument.byRole",
        query = "SELECT d FROM OrderDocument d WHERE d.orderId = :orderId AND d.role = :role")
public class OrderDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_document_seq")
    @SequenceGenerator(name = "order_document_seq", sequenceName = "order_document_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DocumentType type;

    @Column(name = "original_name", length = 200)
    private String originalName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_cipher")
    private byte[] contentCipher;

    /** Where a document store outside the database keeps the encrypted bytes; null when this row keeps them. */
    @Column(name = "store_key", length = 100)
    private String storeKey;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected OrderDocument() {
    }

    /** A document whose encrypted bytes are kept by this row ({@code storeKey} null) or under {@code storeKey}. */
    public OrderDocument(long orderId, DocumentRole role, DocumentType type, String originalName, long sizeBytes,
            String sha256, byte[] contentCipher, String storeKey, Instant now) {
        if ((contentCipher == null) == (storeKey == null)) {
            throw new IllegalArgumentException("the bytes are kept either in the row or under a store key");
        }
        this.orderId = orderId;
        this.role = role;
        this.type = type;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.contentCipher = contentCipher;
        this.storeKey = storeKey;
        this.uploadedAt = Utc.of(now);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public DocumentRole getRole() {
        return role;
    }

    public DocumentType getType() {
        return type;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** The encrypted bytes when this row keeps them, else null. */
    public byte[] getContentCipher() {
        return contentCipher;
    }

    public String getStoreKey() {
        return storeKey;
    }

    public Instant getUploadedAt() {
        return Utc.instant(uploadedAt);
    }
}
