package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps on what one address may ask of the public endpoints per minute (OCSP, 验证), so that a stranger cannot
 * spend a server's CPU on signatures. Counted in this server's memory on purpose: the cap protects this server's
 * CPU, and a database write per OCSP request would cost more than the answer; with n servers an address may ask
 * n times as much. Ordinary relying parties stay far below the caps.
 */
@ApplicationScoped
public class AddressLimits {

    /** Beyond this many addresses counted, the windows of past minutes are dropped. */
    private static final int TIDY_ABOVE = 100_000;

    private record Window(long minute, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public AddressLimits() {
    }

    AddressLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request of {@code what} from {@code address}; false once it asked more than {@code perMinute}. */
    public boolean admit(String what, String address, int perMinute) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.compute(what + " " + address, (key, last) -> last == null || last.minute() != minute
                ? new Window(minute, new AtomicInteger()) : last);
        return window.count().incrementAndGet() <= perMinute;
    }
}
