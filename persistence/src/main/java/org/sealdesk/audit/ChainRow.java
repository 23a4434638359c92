package org.sealdesk.audit;

import java.time.Instant;

/** One audit row as stored, whether read through JPA or plain JDBC, for {@link AuditChain}. */
public record ChainRow(long seq, Instant occurredAt, String actor, String action, String subject, String outcome,
        String source, String detail, String prevHash, String hash) {
}
