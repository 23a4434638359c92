package org.sealdesk.certificate;

/** Where a certificate stands. */
public enum CertificateStatus {
    /** Recorded, about to be signed: a signature that fails leaves it here, never unrecorded. */
    PENDING,
    /** Signed and on its ukey, which has not reached its holder yet: relying parties are told it is on hold. */
    ON_HOLD,
    VALID,
    REVOKED
}
