package org.sealdesk.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;

class SignInLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final SignInLimits LIMITS = new SignInLimits(3, 2, Duration.ofMinutes(10));

    private static List<Instant> attempts(int count) {
        return IntStream.range(0, count).mapToObj(i -> NOW.minusSeconds(60L * (count - i))).toList();
    }

    @Test
    void attemptsBelowBothLimitsPass() {
        assertDoesNotThrow(() -> LIMITS.check(attempts(2), attempts(1)));
    }

    @Test
    void anAddressAtItsLimitIsRefusedUntilItsOldestCountedAttemptLeavesTheWindow() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> LIMITS.check(attempts(3), List.of()));
        assertEquals("signIn.throttled", refused.messageKey());
        assertArrayEquals(new Object[] {NOW.minusSeconds(180).plus(Duration.ofMinutes(10))}, refused.arguments());
    }

    @Test
    void aNameAtItsLimitIsRefusedWhateverTheAddress() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> LIMITS.check(List.of(), attempts(5)));
        assertArrayEquals(new Object[] {NOW.minusSeconds(120).plus(Duration.ofMinutes(10))}, refused.arguments());
    }
}
