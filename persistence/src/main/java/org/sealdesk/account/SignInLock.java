package org.sealdesk.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/** Failed sign-ins in a row and the lock they lead to; shared by applicants and staff. */
@Embeddable
public class SignInLock {

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    /** Throws while locked after too many failed sign-ins, with the owner's wording ({@code messageKey}). */
    public void ensureNotLocked(Instant now, String messageKey) {
        if (isLocked(now)) {
            throw new RuleViolation(messageKey, lockedUntil.toInstant());
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th locks for {@code lockout}.
     *
     * @return the tries left before the lock, 0 when this failure locked
     */
    public int recordFailure(Instant now, int maxFailures, Duration lockout) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            failedSignIns = 0;
            lockedUntil = Utc.of(now.plus(lockout));
            return 0;
        }
        return maxFailures - failedSignIns;
    }

    public void clear() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public Instant lockedUntil() {
        return Utc.instant(lockedUntil);
    }
}
