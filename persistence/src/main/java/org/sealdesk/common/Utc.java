package org.sealdesk.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Entities keep timestamps as UTC {@link OffsetDateTime} (TIMESTAMP WITH TIME ZONE in both
 * databases, and a type every JDBC driver binds); the domain reasons in {@link Instant}.
 */
public final class Utc {

    private Utc() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
