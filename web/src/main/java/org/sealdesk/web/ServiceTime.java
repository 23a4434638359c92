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

    /** A wait as queues show it: 3 小时 / 2 天 4 小时. */
    public static String waited(long minutes) {
        long positive = Math.max(0, minutes);
        return Feedback.text("staff.queue.waitedValue", positive / (24 * 60), positive / 60 % 24, positive % 60);
    }
}
