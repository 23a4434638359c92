package org.sealdesk.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** The platform's own GB/T 38540 seal, listing the platform's certificate: the seller's seal. Never changes. */
@Entity
@Table(name = "platform_seal")
@NamedQuery(name = "PlatformSeal.ofCertificate",
        query = "SELECT s FROM PlatformSeal s WHERE s.certificateSerial = :serial")
public class PlatformSeal {

    @Id
    @Column(name = "es_id", length = 40)
    private String esId;

    @Column(name = "certificate_serial", nullable = false, unique = true, length = 40)
    private String certificateSerial;

    @Column(name = "seal_text", nullable = false, length = 100)
    private String text;

    @Column(name = "image_png", nullable = false)
    private byte[] imagePng;

    @Column(name = "structure_der", nullable = false)
    private byte[] structureDer;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PlatformSeal() {
    }

    public PlatformSeal(String esId, String certificateSerial, String text, byte[] imagePng, byte[] structureDer,
            Instant now) {
        this.esId = esId;
        this.certificateSerial = certificateSerial;
        this.text = text;
        this.imagePng = imagePng.clone();
        this.structureDer = structureDer.clone();
        this.createdAt = Utc.of(now);
    }

    public String getEsId() {
        return esId;
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
}
