package org.sealdesk.token;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One key pair of a seal slot with what is stored beside it. Its id is 8 bytes of creation time (milliseconds,
 * always later than the slot's newest) and 2 random bytes, in hex, so ids sort by age.
 */
record Generation(String id, boolean certified, boolean sealed) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Comparator<Generation> BY_AGE = Comparator.comparing(Generation::id);

    boolean complete() {
        return certified && sealed;
    }

    /**
     * The pair in use: the newest complete one; before any is complete (first production), the newest certified
     * one; before that, the newest.
     */
    static Optional<Generation> current(List<Generation> slot) {
        return slot.stream().max(Comparator.comparing(Generation::complete).thenComparing(Generation::certified)
                .thenComparing(BY_AGE));
    }

    /** The newest certified pair: where a seal is written. */
    static Optional<Generation> newestCertified(List<Generation> slot) {
        return slot.stream().filter(Generation::certified).max(BY_AGE);
    }

    static String nextId(List<Generation> slot) {
        long after = slot.stream().max(BY_AGE).map(newest -> Long.parseUnsignedLong(newest.id.substring(0, 16), 16) + 1)
                .orElse(0L);
        byte[] random = new byte[2];
        RANDOM.nextBytes(random);
        return HexFormat.of().toHexDigits(Math.max(System.currentTimeMillis(), after)) + HexFormat.of().formatHex(random);
    }

    boolean olderThan(Generation other) {
        return id.compareTo(other.id) < 0;
    }
}
