package org.sealdesk.invoice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/**
 * The invoice of one paid order (申请开票 / 查看开票): requested by the applicant with the buyer's details, corrected
 * until issued; issued by finance with its number, date, the VAT contained in the price and the invoice file
 * (encrypted).
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = "Invoice.ofOrder", query = "SELECT i FROM Invoice i WHERE i.orderId = :orderId")
@NamedQuery(name = "Invoice.statusOfOrders", query = "SELECT o.number, i.status FROM Invoice i, SealOrder o"
        + " WHERE i.orderId = o.id AND o.accountId = :accountId AND o.number IN :numbers")
@NamedQuery(name = "Invoice.inStatusOldestFirst",
        query = "SELECT i FROM Invoice i WHERE i.status IN :statuses ORDER BY i.requestedAt, i.id")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_id", nullable = false, unique = true)
    private long orderId;

    @Embedded
    private InvoiceBuyer buyer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    /** The price paid, VAT included. */
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "invoice_number", unique = true, length = 40)
    private String number;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    /** VAT rate in basis points (600 = 6 %). */
    @Column(name = "tax_rate_bp")
    private Integer taxRateBasisPoints;

    @Column(name = "tax_fen")
    private Long taxFen;

    @Column(name = "file_type", length = 40)
    private String fileType;

    /** The invoice file, encrypted with the data key (it names the buyer). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_cipher")
    private byte[] fileCipher;

    @Column(name = "red_number", unique = true, length = 40)
    private String redNumber;

    @Column(name = "reversed_at")
    private OffsetDateTime reversedAt;

    @Column(name = "red_file_type", length = 40)
    private String redFileType;

    /** The red invoice's file, encrypted as the invoice's. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "red_file_cipher")
    private byte[] redFileCipher;

    @Version
    private long version;

    protected Invoice() {
    }

    public static Invoice requested(long orderId, InvoiceBuyer buyer, Money amount, Instant now) {
        Invoice invoice = new Invoice();
        invoice.orderId = orderId;
        invoice.buyer = buyer;
        invoice.amountFen = amount.fen();
        invoice.status = InvoiceStatus.REQUESTED;
        invoice.requestedAt = Utc.of(now);
        return invoice;
    }

    /** The applicant corrects the buyer's details; refused once issued. */
    public void correct(InvoiceBuyer corrected) {
        requireRequested();
        buyer = corrected;
    }

    /**
     * Issued: the tax contained in the price at {@code rateBasisPoints}, rounded to the fen, and the file.
     *
     * @throws RuleViolation invoice.issued when it already was
     */
    public void issued(String invoiceNumber, Instant at, int rateBasisPoints, String byWhom, byte[] contentCipher,
            String contentType) {
        requireRequested();
        // First: touching the lazy file makes EclipseLink fetch the rest of the row, over any change made before.
        fileCipher = contentCipher.clone();
        number = invoiceNumber;
        issuedAt = Utc.of(at);
        issuedBy = byWhom;
        taxRateBasisPoints = rateBasisPoints;
        taxFen = taxContained(getAmount(), rateBasisPoints).fen();
        fileType = contentType;
        status = InvoiceStatus.ISSUED;
    }

    /** The order was refunded before the invoice was issued. */
    public void withdraw() {
        requireRequested();
        status = InvoiceStatus.WITHDRAWN;
    }

    /** The order was refunded after the invoice was issued, and the red invoice must come from the tax platform. */
    public void reversalDue() {
        require(InvoiceStatus.ISSUED);
        status = InvoiceStatus.REVERSAL_DUE;
    }

    /** Cancelled by its red invoice (冲红), issued at once or uploaded once due. */
    public void reversed(String red, Instant at, byte[] contentCipher, String contentType) {
        if (status != InvoiceStatus.ISSUED && status != InvoiceStatus.REVERSAL_DUE) {
            throw new RuleViolation("invoice.notReversible", number);
        }
        // First, as in issued(): the lazy file must not be fetched over the other changes.
        redFileCipher = contentCipher.clone();
        redNumber = red;
        reversedAt = Utc.of(at);
        redFileType = contentType;
        status = InvoiceStatus.REVERSED;
    }

    /** The VAT in a VAT-inclusive price: price − price / (1 + rate), to the fen (half up). */
    public static Money taxContained(Money price, int rateBasisPoints) {
        BigDecimal gross = BigDecimal.valueOf(price.fen());
        BigDecimal net = gross.multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(10_000L + rateBasisPoints), 0, RoundingMode.HALF_UP);
        return Money.ofFen(price.fen() - net.longValueExact());
    }

    private void requireRequested() {
        require(InvoiceStatus.REQUESTED);
    }

    private void require(InvoiceStatus expected) {
        if (status != expected) {
            throw new RuleViolation(status == InvoiceStatus.WITHDRAWN ? "invoice.withdrawn" : "invoice.issued", number);
        }
    }

    public long getOrderId() {
        return orderId;
    }

    public InvoiceBuyer getBuyer() {
        return buyer;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public Money getAmount() {
        return Money.ofFen(amountFen);
    }

    public Instant getRequestedAt() {
        return Utc.instant(requestedAt);
    }

    public String getNumber() {
        return number;
    }

    public Instant getIssuedAt() {
        return issuedAt == null ? null : Utc.instant(issuedAt);
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Integer getTaxRateBasisPoints() {
        return taxRateBasisPoints;
    }

    public Money getTax() {
        return taxFen == null ? null : Money.ofFen(taxFen);
    }

    public String getFileType() {
        return fileType;
    }

    public String getRedNumber() {
        return redNumber;
    }

    public Instant getReversedAt() {
        return reversedAt == null ? null : Utc.instant(reversedAt);
    }

    public String getRedFileType() {
        return redFileType;
    }

    public byte[] getRedFileCipher() {
        return redFileCipher == null ? null : redFileCipher.clone();
    }

    public byte[] getFileCipher() {
        return fileCipher == null ? null : fileCipher.clone();
    }
}
