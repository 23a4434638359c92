package org.sealdesk.audit;

import java.time.Instant;

/** An audit row as the viewer shows it. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String subject,
        AuditOutcome outcome, String source, String detail, String hash) {

    static AuditRecord of(AuditEvent event) {
        return new AuditRecord(event.getSeq() == null ? 0 : event.getSeq(), event.getOccurredAt(), event.getActor(),
                event.getAction(), event.getSubject(), event.getOutcome(), event.getSource(), event.getDetail(),
                event.getHash());
    }
}
