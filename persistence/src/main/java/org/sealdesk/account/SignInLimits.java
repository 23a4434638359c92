package org.sealdesk.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sealdesk.common.RuleViolation;

/**
 * How many password sign-ins one address, and one account name (a mobile number or a staff username,
 * registered or not), may try within a window. Checked before the password is hashed: a hash costs
 * 120–150 ms of CPU (PBKDF2, 600,000 iterations) to anyone, account or not, and about fifteen a second
 * saturate a two-core server. Refusals say when to try again.
 */
public record SignInLimits(int maxPerAddress, int maxPerSubject, Duration window) {

    /**
     * @param fromAddress times of the attempts from this address within the window, oldest first
     * @param onSubject times of the attempts on this account name within the window, oldest first
     */
    public void check(List<Instant> fromAddress, List<Instant> onSubject) {
        refuseOverLimit(fromAddress, maxPerAddress);
        refuseOverLimit(onSubject, maxPerSubject);
    }

    private void refuseOverLimit(List<Instant> attempts, int limit) {
        if (attempts.size() >= limit) {
            // Allowed again when the oldest attempt that counts leaves the window.
            throw new RuleViolation("signIn.throttled", attempts.get(attempts.size() - limit).plus(window));
        }
    }
}
