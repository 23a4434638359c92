package org.sealdesk.renewal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a certificate may be renewed (manual 1.3.2): from {@code before} ahead of its end until {@code after} past
 * it (60 and 30 days unless configured).
 */
public record RenewalWindow(Duration before, Duration after) {

    public Instant opens(Instant notAfter) {
        return notAfter.minus(before);
    }

    public Instant closes(Instant notAfter) {
        return notAfter.plus(after);
    }

    public boolean contains(Instant now, Instant notAfter) {
        return !now.isBefore(opens(notAfter)) && !now.isAfter(closes(notAfter));
    }
}
