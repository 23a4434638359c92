package org.sealdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes security events and staff actions to the audit table (in the caller's transaction) and to
 * the server log. Refusals are recorded by services that do not roll back on a refusal.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Clock clock;

    public void success(String actor, String action, String subject, String source, String detail) {
        record(new AuditEvent(clock.instant(), actor, action, subject, AuditOutcome.SUCCESS, source, detail));
    }

    public void refused(String actor, String action, String subject, String source, String detail) {
        record(new AuditEvent(clock.instant(), actor, action, subject, AuditOutcome.REFUSED, source, detail));
    }

    private void record(AuditEvent event) {
        em.persist(event);
        LOG.log(event.getOutcome() == AuditOutcome.SUCCESS ? Level.INFO : Level.WARNING, () -> "AUDIT " + event);
    }
}
