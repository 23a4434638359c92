package org.sealdesk.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** One password sign-in attempt that was let through to the password check, for the limits in {@link SignInLimits}. */
@Entity
@Table(name = "sign_in_attempt")
@NamedQuery(name = "SignInAttempt.fromAddressSince", query = "SELECT a.attemptedAt FROM SignInAttempt a"
        + " WHERE a.address = :address AND a.attemptedAt > :since ORDER BY a.attemptedAt")
@NamedQuery(name = "SignInAttempt.onSubjectSince", query = "SELECT a.attemptedAt FROM SignInAttempt a"
        + " WHERE a.subject = :subject AND a.attemptedAt > :since ORDER BY a.attemptedAt")
@NamedQuery(name = "SignInAttempt.deleteBefore", query = "DELETE FROM SignInAttempt a WHERE a.attemptedAt < :before")
public class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_attempt_seq")
    @SequenceGenerator(name = "sign_in_attempt_seq", sequenceName = "sign_in_attempt_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 70)
    private String subject;

    @Column(nullable = false, length = 45)
    private String address;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    protected SignInAttempt() {
    }

    public SignInAttempt(String subject, String address, Instant at) {
        this.subject = subject.length() > 70 ? subject.substring(0, 70) : subject;
        this.address = address.length() > 45 ? address.substring(0, 45) : address;
        this.attemptedAt = Utc.of(at);
    }
}
