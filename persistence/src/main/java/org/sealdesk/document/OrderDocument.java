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
 * An uploaded scan of an order: its type as sniffed from the bytes, its SHA-256, and the bytes
 * themselves encrypted (AES-256-GCM) with the data key. One per role and order; a new upload
 * replaces the old one.
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
    @Column(name = "content_cipher", nullable = false)
    private byte[] contentCipher;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected OrderDocument() {
    }

    public OrderDocument(long orderId, DocumentRole role, DocumentType type, String originalName, long sizeBytes,
            String sha256, byte[] contentCipher, Instant now) {
        this.orderId = orderId;
        this.role = role;
        this.type = type;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.contentCipher = contentCipher;
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

    public byte[] getContentCipher() {
        return contentCipher;
    }

    public Instant getUploadedAt() {
        return Utc.instant(uploadedAt);
    }
}
