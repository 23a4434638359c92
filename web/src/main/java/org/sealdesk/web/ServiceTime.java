package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.sealdesk.common.ServiceZone;

/** Times as the service shows them: Beijing time, to the minute or second. */
@Named
@ApplicationScoped
public class ServiceTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ServiceZone.ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ServiceZone.ZONE);

    public static String toMinute(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String toSecond(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
