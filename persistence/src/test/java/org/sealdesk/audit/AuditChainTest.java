package org.sealdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final AuditChainHead head = AuditChainHead.empty();
    private final List<ChainRow> rows = new ArrayList<>();

    @BeforeEach
    void writeFiveEvents() {
        Instant start = Instant.parse("2026-11-21T08:00:00.123456789Z");
        for (int i = 0; i < 5; i++) {
            AuditEvent event = new AuditEvent(start.plusSeconds(i), "reviewer", "order.approve", "SD2026112100000" + i,
                    AuditOutcome.SUCCESS, "127.0.0.1", i % 2 == 0 ? null : "detail " + i);
            head.append(event);
            rows.add(event.asChainRow());
        }
    }

    private AuditChain.Verification verify() {
        return AuditChain.verify(rows, head.getLastSeq(), head.getLastHash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditChain.Verification result = verify();
        assertTrue(result.intact(), result.toString());
        assertEquals(5, result.rowsChecked());
        assertEquals(5, head.getLastSeq());
    }

    @Test
    void timesAreHashedAsTheDatabaseKeepsThem() {
        assertEquals(Instant.parse("2026-11-21T08:00:00.123456Z"), rows.get(0).occurredAt());
    }

    @Test
    void anEditedRowIsFoundByItsHash() {
        ChainRow third = rows.get(2);
        rows.set(2, new ChainRow(third.seq(), third.occurredAt(), "someone-else", third.action(), third.subject(),
                third.outcome(), third.source(), third.detail(), third.prevHash(), third.hash()));
        AuditChain.Verification result = verify();
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(2, result.rowsChecked());
    }

    @Test
    void anEditedRowWithARecomputedHashBreaksTheNextLink() {
        ChainRow third = rows.get(2);
        String forged = AuditChain.hash(third.seq(), third.prevHash(), third.occurredAt(), third.actor(), third.action(),
                third.subject(), "REFUSED", third.source(), third.detail());
        rows.set(2, new ChainRow(third.seq(), third.occurredAt(), third.actor(), third.action(), third.subject(),
                "REFUSED", third.source(), third.detail(), third.prevHash(), forged));
        AuditChain.Verification result = verify();
        assertEquals(4L, result.firstBrokenSeq());
    }

    @Test
    void aDeletedRowIsReportedMissing() {
        rows.remove(1);
        AuditChain.Verification result = verify();
        assertEquals(2L, result.firstBrokenSeq());
        assertTrue(result.problem().startsWith("missing"), result.problem());
    }

    @Test
    void deletingTheNewestRowsIsCaughtByTheHead() {
        rows.remove(4);
        rows.remove(3);
        AuditChain.Verification result = verify();
        assertEquals(4L, result.firstBrokenSeq());
        assertTrue(result.problem().contains("chain head"), result.problem());
    }

    @Test
    void reorderedRowsAreFound() {
        Collections.swap(rows, 1, 2);
        AuditChain.Verification result = verify();
        assertFalse(result.intact());
        assertEquals(2L, result.firstBrokenSeq());
    }

    @Test
    void renumberedSwappedRowsBreakTheirHashes() {
        ChainRow second = rows.get(1);
        ChainRow third = rows.get(2);
        rows.set(1, new ChainRow(2, third.occurredAt(), third.actor(), third.action(), third.subject(), third.outcome(),
                third.source(), third.detail(), third.prevHash(), third.hash()));
        rows.set(2, new ChainRow(3, second.occurredAt(), second.actor(), second.action(), second.subject(),
                second.outcome(), second.source(), second.detail(), second.prevHash(), second.hash()));
        assertEquals(2L, verify().firstBrokenSeq());
    }
}
