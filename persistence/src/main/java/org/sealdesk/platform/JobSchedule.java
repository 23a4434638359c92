package org.sealdesk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/**
 * When a periodic job is next due, shared by every server over the one database: each claim is one conditional
 * UPDATE that exactly one server wins per due time.
 */
@Entity
@Table(name = "job_schedule")
@NamedQuery(name = "JobSchedule.claim", query = "UPDATE JobSchedule j SET j.nextDue = :next, j.claimedBy = :claimant,"
        + " j.claimedAt = :now WHERE j.name = :name AND j.nextDue <= :now")
public class JobSchedule {

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "next_due", nullable = false)
    private OffsetDateTime nextDue;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    protected JobSchedule() {
    }

    /** A job first due at {@code firstDue}; jobs that run from the start are listed by a migration. */
    public JobSchedule(String name, Instant firstDue) {
        this.name = name;
        this.nextDue = Utc.of(firstDue);
    }

    public String getClaimedBy() {
        return claimedBy;
    }
}
