package org.sealdesk.service.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service tests' clock: real time plus an offset the test sets, so that a rule that waits thirty minutes is
 * tested by moving the clock, never by waiting. Deployed in a library of the test application only, where it
 * replaces the application's clock for every bean.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TestClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    /** Moves the time every service sees forward. */
    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** The time every service sees now. */
    public static Instant now() {
        return Instant.now().plus(offset);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return now();
    }
}
