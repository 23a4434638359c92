package org.sealdesk.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.certificate.Certificates;

/**
 * Signed OCSP answers to single-certificate requests without a nonce, reused (RFC 5019's pre-produced responses)
 * for up to {@link #REUSE_FOR} while the certificate's status in the database is what the answer says: a signature
 * costs a millisecond and more, the status query a fraction of one. Each server keeps its own most recently asked
 * {@code sealdesk.ocsp.reused-answers}; every request still reads the status, so a revocation on any server shows at
 * once everywhere.
 */
@ApplicationScoped
public class ReusableOcspAnswers {

    static final Duration REUSE_FOR = Duration.ofMinutes(5);

    private record Answer(Optional<Certificates.Status> status, Instant producedAt, byte[] der) {
    }

    @Inject
    @ConfigProperty(name = "sealdesk.ocsp.reused-answers", defaultValue = "20000")
    int capacity;

    private final Map<ByteBuffer, Answer> answers = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Answer> eldest) {
            return size() > capacity;
        }
    };

    /**
     * The answer about {@code certificateId} (a request's DER CertID) given while its status was {@code status}, if
     * young enough; otherwise the one {@code sign} makes now, kept for the next request.
     */
    public byte[] answer(byte[] certificateId, Optional<Certificates.Status> status, Instant now,
            Supplier<byte[]> sign) {
        ByteBuffer key = ByteBuffer.wrap(certificateId);
        synchronized (answers) {
            Answer kept = answers.get(key);
            if (kept != null && kept.status().equals(status) && kept.producedAt().isAfter(now.minus(REUSE_FOR))) {
                return kept.der();
            }
        }
        byte[] signed = sign.get();
        synchronized (answers) {
            answers.put(key, new Answer(status, now, signed));
        }
        return signed;
    }
}
