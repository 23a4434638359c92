package org.sealdesk.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/**
 * The CRL an issuing CA last published. Each publication takes the next CRL number; the digest of its entries tells
 * whether anything changed since.
 */
@Entity
@Table(name = "revocation_list")
public class RevocationList {

    @Id
    @Column(name = "issuer_ca", length = 30)
    private String issuerCa;

    @Column(name = "crl_number", nullable = false)
    private long number;

    @Column(name = "this_update", nullable = false)
    private OffsetDateTime thisUpdate;

    @Column(name = "next_update", nullable = false)
    private OffsetDateTime nextUpdate;

    @Column(name = "entries_sha256", nullable = false, length = 64)
    private String entriesSha256;

    @Column(nullable = false)
    private byte[] der;

    @Version
    private long version;

    protected RevocationList() {
    }

    /** Before the CA's first CRL, which {@link #publish} makes number 1. */
    public static RevocationList first(String issuerCa) {
        RevocationList list = new RevocationList();
        list.issuerCa = issuerCa;
        return list;
    }

    /** The number the next publication carries. */
    public long nextNumber() {
        return number + 1;
    }

    /** Whether a CRL must be signed now: none yet, its entries changed, or the last was signed before {@code republishBefore}. */
    public boolean isDue(String entriesSha256, Instant republishBefore) {
        return der == null || !entriesSha256.equals(this.entriesSha256)
                || thisUpdate.toInstant().isBefore(republishBefore);
    }

    /** A newly signed CRL, numbered {@link #nextNumber()}, replaces the last one. */
    public void publish(byte[] signed, String entriesSha256, Instant thisUpdate, Instant nextUpdate) {
        this.number = nextNumber();
        this.der = signed.clone();
        this.entriesSha256 = entriesSha256;
        this.thisUpdate = Utc.of(thisUpdate);
        this.nextUpdate = Utc.of(nextUpdate);
    }

    public long getNumber() {
        return number;
    }

    public byte[] getDer() {
        return der == null ? null : der.clone();
    }

    public Instant getNextUpdate() {
        return nextUpdate.toInstant();
    }
}
