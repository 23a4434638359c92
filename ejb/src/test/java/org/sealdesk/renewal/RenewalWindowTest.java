package org.sealdesk.renewal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RenewalWindowTest {

    private static final Instant END = Instant.parse("2027-12-04T02:00:00Z");
    private static final RenewalWindow WINDOW = new RenewalWindow(Duration.ofDays(60), Duration.ofDays(30));

    @Test
    void openFromSixtyDaysBeforeTheEndToThirtyAfter() {
        assertFalse(WINDOW.contains(END.minus(Duration.ofDays(60)).minusSeconds(1), END));
        assertTrue(WINDOW.contains(END.minus(Duration.ofDays(60)), END));
        assertTrue(WINDOW.contains(END, END));
        assertTrue(WINDOW.contains(END.plus(Duration.ofDays(30)), END), "an expired certificate still, for a while");
        assertFalse(WINDOW.contains(END.plus(Duration.ofDays(30)).plusSeconds(1), END));
    }
}
