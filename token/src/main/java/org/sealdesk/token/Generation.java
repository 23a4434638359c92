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

    /** The pairs a new key pair replaces: every one but the pair in use. */
    static List<Generation> notCurrent(List<Generation> slot) {
        Optional<Generation> current = current(slot);
        return slot.stream().filter(generation -> current.filter(generation::equals).isEmpty()).toList();
    }

    /**
     * The newest certified pair: where a seal is written.
     *
     * @throws TokenException NOT_FOUND when no pair of the slot has a certificate yet
     */
    static Generation newestCertified(List<Generation> generations, SealSlot slot) {
        return generations.stream().filter(Generation::certified).max(BY_AGE).orElseThrow(() -> new TokenException(
                TokenError.NOT_FOUND, "the " + slot.pathName() + " seal has no certificate yet"));
    }

    /** The pairs a complete newer one makes obsolete. */
    static List<Generation> olderThan(List<Generation> slot, Generation newer) {
        return slot.stream().filter(generation -> generation.id.compareTo(newer.id) < 0).toList();
    }

    static String nextId(List<Generation> slot) {
        long after = slot.stream().max(BY_AGE).map(newest -> Long.parseUnsignedLong(newest.id.substring(0, 16), 16) + 1)
                .orElse(0L);
        byte[] random = new byte[2];
        RANDOM.nextBytes(random);
        return HexFormat.of().toHexDigits(Math.max(System.currentTimeMillis(), after)) + HexFormat.of().formatHex(random);
    }
}
