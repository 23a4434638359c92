package org.sealdesk.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sealdesk.order.SealType;

class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

    private static Certificate pending() {
        return Certificate.pending(new Certificate.Request("1f2e", "rsa-issuing", "C=CN,CN=周九", NOW,
                NOW.plusSeconds(86400 * 365), "RSA-2048", "ab".repeat(32), 7, SealType.PERSONAL_SIGNATURE, 1), NOW);
    }

    @Test
    void recordedBeforeSigningThenHeldThenValid() {
        Certificate certificate = pending();
        assertEquals(CertificateStatus.PENDING, certificate.getStatus());
        assertNull(certificate.getDer());
        assertThrows(IllegalStateException.class, certificate::release, "nothing signed yet");
        certificate.signed(new byte[] {1, 2}, NOW);
        assertEquals(CertificateStatus.ON_HOLD, certificate.getStatus());
        assertThrows(IllegalStateException.class, () -> certificate.signed(new byte[] {3}, NOW), "signed once");
        certificate.release();
        assertEquals(CertificateStatus.VALID, certificate.getStatus());
        assertThrows(IllegalStateException.class, certificate::release);
    }

    @Test
    void revokingTwiceChangesNothing() {
        Certificate certificate = pending();
        certificate.signed(new byte[] {1}, NOW);
        assertTrue(certificate.revoke(RevocationReason.SUPERSEDED, NOW));
        assertFalse(certificate.revoke(RevocationReason.KEY_COMPROMISE, NOW.plusSeconds(60)));
        assertEquals(CertificateStatus.REVOKED, certificate.getStatus());
        assertEquals(RevocationReason.SUPERSEDED, certificate.getRevocationReason());
        assertEquals(NOW, certificate.getRevokedAt());
        assertEquals(4, certificate.getRevocationReason().code());
        assertThrows(IllegalStateException.class, certificate::release);
    }

    @Test
    void aRenewalSupersedesAValidCertificateWithoutRevokingIt() {
        Certificate certificate = pending();
        certificate.signed(new byte[] {1}, NOW);
        assertThrows(IllegalStateException.class, () -> certificate.supersede(NOW), "on hold: not its holder's yet");
        certificate.release();
        assertNull(certificate.getSupersededAt());
        certificate.supersede(NOW);
        assertEquals(NOW, certificate.getSupersededAt());
        assertEquals(CertificateStatus.VALID, certificate.getStatus(), "relying parties still trust it");
        assertThrows(IllegalStateException.class, () -> certificate.supersede(NOW), "superseded once");
    }
}
