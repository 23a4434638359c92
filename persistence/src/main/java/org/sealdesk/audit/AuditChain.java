package org.sealdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit table's hash chain: row n stores SHA-256 over its own content, its sequence number
 * and row n-1's hash. Editing a row breaks its hash; deleting or reordering rows breaks the
 * sequence or the link to the previous hash; deleting the newest rows is caught by the chain head.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, String prevHash, Instant occurredAt, String actor, String action,
            String subject, String outcome, String source, String detail) {
        StringBuilder content = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), prevHash, occurredAt.toString(), actor, action, subject,
                outcome, source, detail}) {
            // Length-prefixed, so no two different rows can run together into the same text.
            content.append(field == null ? "-" : field.length() + ":" + field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashOf(ChainRow row) {
        return hash(row.seq(), row.prevHash(), row.occurredAt(), row.actor(), row.action(), row.subject(),
                row.outcome(), row.source(), row.detail());
    }

    /** The outcome of a verification: how many rows held, and the first that did not. */
    public record Verification(long rowsChecked, Long firstBrokenSeq, String problem) {

        public boolean intact() {
            return firstBrokenSeq == null;
        }

        @Override
        public String toString() {
            return intact() ? "audit chain intact: " + rowsChecked + " rows"
                    : "audit chain broken at row " + firstBrokenSeq + ": " + problem + " (" + rowsChecked
                            + " rows intact before it)";
        }
    }

    /**
     * Walks rows in sequence order.
     *
     * @param rows ordered by sequence number
     * @param headSeq the sequence number the chain head says was written last (0 for none)
     * @param headHash the hash the chain head holds
     */
    public static Verification verify(Iterable<ChainRow> rows, long headSeq, String headHash) {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        for (ChainRow row : rows) {
            if (row.seq() > expectedSeq) {
                return new Verification(checked, expectedSeq, "missing (next row found is " + row.seq() + ")");
            }
            if (row.seq() < expectedSeq) {
                return new Verification(checked, row.seq(), "out of order or duplicated");
            }
            if (!previous.equals(row.prevHash())) {
                return new Verification(checked, row.seq(), "does not link to the previous row");
            }
            if (!hashOf(row).equals(row.hash())) {
                return new Verification(checked, row.seq(), "content changed (hash mismatch)");
            }
            previous = row.hash();
            expectedSeq++;
            checked++;
        }
        if (headSeq >= expectedSeq) {
            return new Verification(checked, expectedSeq, "missing (the chain head records " + headSeq + " rows)");
        }
        if (headSeq > 0 && !previous.equals(headHash)) {
            return new Verification(checked, headSeq, "does not match the chain head");
        }
        return new Verification(checked, null, null);
    }
}
