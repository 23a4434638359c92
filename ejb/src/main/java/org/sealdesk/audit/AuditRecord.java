package org.sealdesk.audit;

import java.time.Instant;

/** An audit row as the viewer shows it; {@code seq} and {@code hash} are null until the row is chained. */
public record AuditRecord(long id, Long seq, Instant occurredAt, String actor, String action, String subject,
        AuditOutcome outcome, String source, String detail, String hash) {

    static AuditRecord of(AuditEvent event) {
        return new AuditRecord(event.getId(), event.getSeq(), event.getOccurredAt(), event.getActor(),
                event.getAction(), event.getSubject(), event.getOutcome(), event.getSource(), event.getDetail(),
                event.getHash());
    }
}
