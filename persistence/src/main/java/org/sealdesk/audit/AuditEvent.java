package org.sealdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.sealdesk.common.Utc;

/** One security event or staff action: who did what to which object, when, from where, and how it ended. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.chain", query = "SELECT e FROM AuditEvent e WHERE e.seq IS NOT NULL ORDER BY e.seq")
@NamedQuery(name = "AuditEvent.unchained", query = "SELECT e FROM AuditEvent e WHERE e.seq IS NULL ORDER BY e.id")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 100)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditOutcome outcome;

    @Column(length = 64)
    private String source;

    @Column(length = 1000)
    private String detail;

    @Column(unique = true)
    private Long seq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, String action, String subject, AuditOutcome outcome, String source,
            String detail) {
        // The database keeps microseconds; hash what will be read back.
        this.occurredAt = Utc.of(at.truncatedTo(ChronoUnit.MICROS));
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.outcome = outcome;
        this.source = source;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /** Called by {@link AuditChainHead#append} only. */
    void chain(long sequence, String previousHash) {
        seq = sequence;
        prevHash = previousHash;
        hash = AuditChain.hash(seq, prevHash, getOccurredAt(), actor, action, subject, outcome.name(), source, detail);
    }

    public ChainRow asChainRow() {
        return new ChainRow(seq == null ? 0 : seq, getOccurredAt(), actor, action, subject, outcome.name(), source,
                detail, prevHash, hash);
    }

    public Long getSeq() {
        return seq;
    }

    public String getHash() {
        return hash;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return Utc.instant(occurredAt);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getSource() {
        return source;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public String toString() {
        return actor + " " + action + " " + subject + " " + outcome + " from " + source + (detail == null ? "" : ": " + detail);
    }
}
