package org.sealdesk.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealdesk.order.SealType;

class SealTest {

    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

    private static Seal made() {
        return Seal.made("SD1-P1", 7, 1, SealType.PERSONAL_SIGNATURE, new Seal.Holder(3, "周九", null, null), "周九",
                new byte[] {1}, new byte[] {2}, 11, NOW, NOW.plusSeconds(86400), NOW);
    }

    @Test
    void aSealMadeBecomesActiveOnItsUkeyWithItsHistory() {
        Seal seal = made();
        seal.activate("UKEY-1", NOW.plusSeconds(60));
        assertEquals(SealStatus.ACTIVE, seal.getStatus());
        assertEquals("UKEY-1", seal.getUkeySerial());
        assertEquals(List.of(SealStatus.MADE, SealStatus.ACTIVE),
                seal.getHistory().stream().map(SealChange::getStatus).toList());
        assertThrows(IllegalStateException.class, () -> seal.discard(NOW), "an active seal is not discarded");
    }

    @Test
    void aSealOfAFailedAttemptIsDiscardedAndNeverActivated() {
        Seal seal = made();
        seal.discard(NOW);
        assertEquals(SealStatus.DISCARDED, seal.getStatus());
        assertThrows(IllegalStateException.class, () -> seal.activate("UKEY-1", NOW));
    }

    @Test
    void onlyAnActiveSealIsCancelledAndItsHistoryNamesTheCancellation() {
        Seal seal = made();
        assertThrows(IllegalStateException.class, () -> seal.cancel(99, NOW), "not on its ukey yet");
        seal.activate("UKEY-1", NOW);
        seal.cancel(99, NOW.plusSeconds(60));
        assertEquals(SealStatus.CANCELLED, seal.getStatus());
        assertEquals(99, seal.getHistory().get(2).getOrderId());
        assertThrows(IllegalStateException.class, () -> seal.cancel(100, NOW), "cancelled once");
    }

    @Test
    void aRenewalSupersedesOnlyAnActiveSealAndItsHistoryNamesTheRenewal() {
        Seal seal = made();
        assertThrows(IllegalStateException.class, () -> seal.supersede(98, NOW), "not on its ukey yet");
        seal.activate("UKEY-1", NOW);
        seal.supersede(98, NOW.plusSeconds(60));
        assertEquals(SealStatus.SUPERSEDED, seal.getStatus());
        assertEquals(98, seal.getHistory().get(2).getOrderId());
        assertThrows(IllegalStateException.class, () -> seal.cancel(99, NOW), "a superseded seal is not cancelled");
    }
}
