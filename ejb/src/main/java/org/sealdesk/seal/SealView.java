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

    /**
     * How near the certificate's end is, for the page's colour: "urgent" (expired, or within the last reminder
     * step), "soon", "near" (within the first), or "ok" — the steps the expiry reminders text at.
     */
    public String expiry() {
        if (daysLeft <= ExpiryReminders.STEPS.get(0)) {
            return "urgent";
        }
        if (daysLeft <= ExpiryReminders.STEPS.get(1)) {
            return "soon";
        }
        return daysLeft <= ExpiryReminders.STEPS.get(2) ? "near" : "ok";
    }
}
