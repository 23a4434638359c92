package org.sealdesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressLimitsTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void anAddressGetsItsShareEachMinuteAndNoMore() {
        AddressLimits limits = new AddressLimits(Clock.fixed(START, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.admit("ocsp", "10.0.0.1", 3));
        }
        assertFalse(limits.admit("ocsp", "10.0.0.1", 3), "the fourth in a minute");
        assertTrue(limits.admit("ocsp", "10.0.0.2", 3), "another address has its own share");
        assertTrue(limits.admit("verify", "10.0.0.1", 3), "another endpoint has its own share");
    }

    @Test
    void theNextMinuteStartsAfresh() {
        MovingClock clock = new MovingClock();
        AddressLimits limits = new AddressLimits(clock);
        assertTrue(limits.admit("verify", "10.0.0.1", 1));
        assertFalse(limits.admit("verify", "10.0.0.1", 1));
        clock.now = START.plusSeconds(60);
        assertTrue(limits.admit("verify", "10.0.0.1", 1));
    }

    private static final class MovingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
