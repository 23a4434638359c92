package org.sealdesk.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.RevocationReason;

/**
 * The one way a certificate is revoked, whatever the flow (a failed production attempt, a cancellation; change and
 * reissue later): revoked with its RFC 5280 reason and time, audited, in the caller's transaction. Revoking twice
 * changes nothing and records nothing. OCSP tells it at once; the CRL within a minute. Also the one way a certificate
 * leaves hold (the ukey reached its holder): OCSP answers good at once, the next CRL no longer lists it.
 */
@ApplicationScoped
public class CertificateRevocation {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** @param order the order number the revocation belongs to, as the audit record's subject */
    public void revoke(Certificate certificate, RevocationReason reason, String actor, String order) {
        if (certificate.revoke(reason, clock.instant())) {
            audit.success(actor, "certificate.revoke", order, certificate.getSerial() + " (" + certificate.getIssuerCa()
                    + "): " + reason);
        }
    }

    /** Releases a certificate on hold; one in any other status is left as it is. */
    public void release(Certificate certificate, String actor, String order) {
        if (certificate.getStatus() == CertificateStatus.ON_HOLD) {
            certificate.release();
            audit.success(actor, "certificate.release", order, certificate.getSerial() + " (" + certificate.getIssuerCa()
                    + ")");
        }
    }
}
