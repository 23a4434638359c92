package org.sealdesk.seal;

import java.time.Instant;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.order.SealType;

/**
 * A seal as its holder's page shows it (证章信息).
 *
 * @param daysLeft whole days until the certificate expires, negative once it has
 */
public record SealView(String esId, SealType type, String holderName, String text, SealStatus status,
        String certificateSerial, CertificateStatus certificateStatus, Instant validFrom, Instant validTo,
        long daysLeft, String ukeySerial, String orderNumber) {
}
