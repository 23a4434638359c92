package org.sealdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** One security event or staff action: who did what to which object, when, from where, and how it ended. */
@Entity
@Table(name = "audit_event")
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

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, String action, String subject, AuditOutcome outcome, String source,
            String detail) {
        this.occurredAt = Utc.of(at);
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.outcome = outcome;
        this.source = source;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
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
