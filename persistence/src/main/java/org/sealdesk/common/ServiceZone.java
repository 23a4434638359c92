package org.sealdesk.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The service's calendar: Beijing time decides which day a moment belongs to, whatever zone the
 * server runs in. Date filters select [start of the first day, start of the day after the last).
 */
public final class ServiceZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ServiceZone() {
    }

    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    public static LocalDate today() {
        return dayOf(Instant.now());
    }

    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first moment after the day, for an exclusive upper bound. */
    public static OffsetDateTime endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
