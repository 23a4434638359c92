package org.sealdesk.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.certificate.RevocationReason;

class ReusableOcspAnswersTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Optional<Certificates.Status> GOOD = Optional.of(new Certificates.Status("6a", CertificateStatus
            .VALID, null, NOW));
    private static final Optional<Certificates.Status> REVOKED = Optional.of(new Certificates.Status("6a",
            CertificateStatus.REVOKED, RevocationReason.CESSATION_OF_OPERATION, NOW.plusSeconds(1)));

    private final ReusableOcspAnswers answers = new ReusableOcspAnswers();
    private final AtomicInteger signatures = new AtomicInteger();

    ReusableOcspAnswersTest() {
        answers.capacity = 2;
    }

    private byte[] ask(int certificate, Optional<Certificates.Status> status, Instant now) {
        return answers.answer(new byte[] {(byte) certificate}, status, now,
                () -> new byte[] {(byte) certificate, (byte) signatures.incrementAndGet()});
    }

    @Test
    void anAnswerIsReusedWhileTheStatusIsTheSameAndForFiveMinutesAtMost() {
        byte[] first = ask(1, GOOD, NOW);
        assertArrayEquals(first, ask(1, GOOD, NOW.plusSeconds(299)));
        assertEquals(1, signatures.get());
        ask(1, GOOD, NOW.plusSeconds(300));
        assertEquals(2, signatures.get(), "signed again after five minutes");
    }

    @Test
    void aChangedStatusIsSignedAtOnce() {
        ask(1, GOOD, NOW);
        byte[] revoked = ask(1, REVOKED, NOW.plusSeconds(2));
        assertEquals(2, revoked[1], "a new signature, not the kept good one");
        assertArrayEquals(revoked, ask(1, REVOKED, NOW.plusSeconds(3)));
        ask(1, Optional.empty(), NOW.plusSeconds(4));
        assertEquals(3, signatures.get());
    }

    @Test
    void theLeastRecentlyAskedGoBeyondTheCapacity() {
        ask(1, GOOD, NOW);
        ask(2, GOOD, NOW);
        ask(1, GOOD, NOW);
        ask(3, GOOD, NOW);
        assertEquals(3, signatures.get());
        ask(1, GOOD, NOW);
        assertEquals(3, signatures.get(), "1 was asked more recently than 2");
        ask(2, GOOD, NOW);
        assertEquals(4, signatures.get(), "2 was dropped");
    }
}
