package org.sealdesk.seal;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sealdesk.common.Utc;
import org.sealdesk.order.SealType;

/**
 * An electronic seal (印章): its holder, text and image, its GB/T 38540 structure listing its current certificate,
 * the ukey it lives on, its validity and status, and its history.
 */
@Entity
@Table(name = "seal")
@NamedQuery(name = "Seal.ofAttempt",
        query = "SELECT s FROM Seal s WHERE s.orderId = :orderId AND s.attempt = :attempt ORDER BY s.id")
@NamedQuery(name = "Seal.byEsId", query = "SELECT s FROM Seal s WHERE s.esId = :esId")
@NamedQuery(name = "Seal.ofOrder", query = "SELECT s FROM Seal s WHERE s.orderId = :orderId"
        + " AND s.status <> org.sealdesk.seal.SealStatus.DISCARDED ORDER BY s.id")
@NamedQuery(name = "Seal.ofOwner", query = "SELECT s FROM Seal s WHERE s.ownerAccountId = :account"
        + " AND s.status NOT IN (org.sealdesk.seal.SealStatus.DISCARDED, org.sealdesk.seal.SealStatus.SUPERSEDED)"
        + " ORDER BY s.createdAt DESC, s.id")
public class Seal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seal_seq")
    @SequenceGenerator(name = "seal_seq", sequenceName = "seal_seq", allocationSize = 1)
    private Long id;

    /** The seal's identifier inside its structure (esID). */
    @Column(name = "es_id", nullable = false, unique = true, length = 40)
    private String esId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(name = "seal_type", nullable = false, length = 40)
    private SealType type;

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "holder_name", nullable = false, length = 100)
    private String holderName;

    @Column(name = "unit_name", length = 100)
    private String unitName;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    /** What the image reads. */
    @Column(name = "seal_text", nullable = false, length = 100)
    private String text;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image_png", nullable = false)
    private byte[] imagePng;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "structure_der", nullable = false)
    private byte[] structureDer;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "ukey_serial", length = 64)
    private String ukeySerial;

    @Column(name = "valid_from", nullable = false)
    private OffsetDateTime validFrom;

    @Column(name = "valid_to", nullable = false)
    private OffsetDateTime validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SealStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "seal_event", joinColumns = @JoinColumn(name = "seal_id"))
    @OrderColumn(name = "position")
    private List<SealChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Seal() {
    }

    /** Who holds the seal and what it reads; the unit and credit code only for a unit's seal. */
    public record Holder(long ownerAccountId, String name, String unitName, String creditCode) {
    }

    /** A seal made in one production attempt, with the certificate its structure lists. */
    public static Seal made(String esId, long orderId, int attempt, SealType type, Holder holder, String text,
            byte[] imagePng, byte[] structureDer, long certificateId, Instant validFrom, Instant validTo, Instant now) {
        Seal seal = new Seal();
        seal.esId = esId;
        seal.orderId = orderId;
        seal.attempt = attempt;
        seal.type = type;
        seal.ownerAccountId = holder.ownerAccountId();
        seal.holderName = holder.name();
        seal.unitName = holder.unitName();
        seal.creditCode = holder.creditCode();
        seal.text = text;
        seal.imagePng = imagePng.clone();
        seal.structureDer = structureDer.clone();
        seal.certificateId = certificateId;
        seal.validFrom = Utc.of(validFrom);
        seal.validTo = Utc.of(validTo);
        seal.createdAt = Utc.of(now);
        seal.moveTo(SealStatus.MADE, orderId, now);
        return seal;
    }

    /** Written to the ukey and read back: the seal is its holder's. */
    public void activate(String ukey, Instant now) {
        require(status == SealStatus.MADE, "only a seal just made is activated");
        ukeySerial = ukey;
        moveTo(SealStatus.ACTIVE, orderId, now);
    }

    /** Cancelled (注销) by its holder through the order {@code byOrder}; its certificate is revoked with it. */
    public void cancel(long byOrder, Instant now) {
        require(status == SealStatus.ACTIVE, "only an active seal is cancelled");
        moveTo(SealStatus.CANCELLED, byOrder, now);
    }

    /** Renewed by the order {@code byOrder}: the seal that order made on the same ukey takes its place. */
    public void supersede(long byOrder, Instant now) {
        require(status == SealStatus.ACTIVE, "only an active seal is superseded");
        moveTo(SealStatus.SUPERSEDED, byOrder, now);
    }

    /** Its production attempt failed. */
    public void discard(Instant now) {
        require(status == SealStatus.MADE, "only a seal just made is discarded");
        moveTo(SealStatus.DISCARDED, orderId, now);
    }

    private void moveTo(SealStatus next, long byOrder, Instant now) {
        status = next;
        history.add(new SealChange(now, next, byOrder));
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalStateException(rule);
        }
    }

    public Long getId() {
        return id;
    }

    public String getEsId() {
        return esId;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getAttempt() {
        return attempt;
    }

    public SealType getType() {
        return type;
    }

    public long getOwnerAccountId() {
        return ownerAccountId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getText() {
        return text;
    }

    public byte[] getImagePng() {
        return imagePng.clone();
    }

    public byte[] getStructureDer() {
        return structureDer.clone();
    }

    public long getCertificateId() {
        return certificateId;
    }

    public String getUkeySerial() {
        return ukeySerial;
    }

    public Instant getValidFrom() {
        return Utc.instant(validFrom);
    }

    public Instant getValidTo() {
        return Utc.instant(validTo);
    }

    public SealStatus getStatus() {
        return status;
    }

    public List<SealChange> getHistory() {
        return List.copyOf(history);
    }
}
