package org.sealdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sealdesk.common.Utc;

/**
 * Periodic jobs run once across servers: every server's timer fires, and the one whose claim moves the job's due
 * time on runs it (a row per job in {@code job_schedule}, one conditional UPDATE per claim, so the database decides).
 * A server that stops leaves the next due time to whichever server fires next.
 */
@ApplicationScoped
public class JobClaims {

    private static final String CLAIMANT = claimant();

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims the job's current due time for this server.
     *
     * @return true for exactly one claim per due time; false before the job is due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration interval) {
        Instant now = clock.instant();
        return em.createNamedQuery("JobSchedule.claim").setParameter("next", Utc.of(now.plus(interval)))
                .setParameter("claimant", CLAIMANT).setParameter("now", Utc.of(now)).setParameter("name", job)
                .executeUpdate() == 1;
    }

    /** This server, in the schedule's record of who ran a job last. */
    private static String claimant() {
        String server = System.getProperty("wlp.server.name", "server");
        try {
            return server + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return server;
        }
    }
}
