package org.sealdesk.account;

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
import org.sealdesk.common.Utc;

/** A real-name check that did not pass, counted for the per-account daily limit (each check is billed). */
@Entity
@Table(name = "identity_attempt")
@NamedQuery(name = "IdentityAttempt.countSince", query = "SELECT COUNT(a) FROM IdentityAttempt a"
        + " WHERE a.accountId = :accountId AND a.attemptedAt >= :since")
public class IdentityAttempt {

    /** Why a check did not pass. */
    public enum Outcome {
        MISMATCH,
        NO_RECORD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_attempt_seq")
    @SequenceGenerator(name = "identity_attempt_seq", sequenceName = "identity_attempt_seq", allocationSize = 1)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    protected IdentityAttempt() {
    }

    public IdentityAttempt(long accountId, Outcome outcome, Instant at) {
        this.accountId = accountId;
        this.outcome = outcome;
        this.attemptedAt = Utc.of(at);
    }
}
