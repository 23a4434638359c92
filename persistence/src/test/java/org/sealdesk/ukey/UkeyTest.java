package org.sealdesk.ukey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UkeyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    @Test
    void bothSoPinsAreKeptUntilTheUkeyProvesItTookTheNextOne() {
        Ukey ukey = Ukey.produced("SD0001", "SoftHSM v2", "so-1", "user-1", 7, NOW);
        assertThrows(IllegalStateException.class, ukey::soPinReplaced, "no unlock ticketed yet");
        assertEquals("so-2", ukey.nextSoPin("so-2"));
        assertEquals("so-2", ukey.nextSoPin("so-3"), "every attempt gives the ukey the same next SO PIN");
        assertEquals("so-1", ukey.getSoPinCipher(), "the current one is kept until the proof");
        ukey.soPinReplaced();
        assertEquals("so-2", ukey.getSoPinCipher());
        assertThrows(IllegalStateException.class, ukey::soPinReplaced, "replaced once");
        assertEquals("so-4", ukey.nextSoPin("so-4"), "a later unlock gets a fresh one");
    }

    @Test
    void aLostUkeyIsRetiredOnce() {
        Ukey ukey = Ukey.produced("SD0002", "SoftHSM v2", "so-1", "user-1", 7, NOW);
        assertEquals(UkeyState.PRODUCED, ukey.getState());
        ukey.retire();
        assertEquals(UkeyState.RETIRED, ukey.getState());
        assertThrows(IllegalStateException.class, ukey::retire);
    }
}
