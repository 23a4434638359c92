package org.sealdesk.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends security events and staff actions to the audit table and writes them to the server log. Joins the
 * caller's transaction (so a refusal recorded by a service that then throws a non-rolling-back RuleViolation stays),
 * or opens one when called from the web tier. A row is only inserted here: {@link AuditChainer} numbers and hashes
 * it into the chain within a second of its commit, so audited actions never queue behind each other's commits.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Origin origin;

    @Inject
    Clock clock;

    @EJB
    AuditChainer chainer;

    public void success(String actor, String action, String subject, String detail) {
        record(new AuditEvent(clock.instant(), actor, action, subject, AuditOutcome.SUCCESS, source(), detail));
    }

    public void refused(String actor, String action, String subject, String detail) {
        record(new AuditEvent(clock.instant(), actor, action, subject, AuditOutcome.REFUSED, source(), detail));
    }

    /** Where the request came from; start-up work runs outside any request. */
    private String source() {
        try {
            return origin.source();
        } catch (ContextNotActiveException outsideRequest) {
            return Origin.UNKNOWN;
        }
    }

    private void record(AuditEvent event) {
        em.persist(event);
        LOG.log(event.getOutcome() == AuditOutcome.SUCCESS ? Level.INFO : Level.WARNING, () -> "AUDIT " + event);
    }

    /** At start-up: creates the chain head the first time; the chainer then chains every row written before. */
    public void startChain() {
        if (em.find(AuditChainHead.class, AuditChainHead.ID) == null) {
            em.persist(AuditChainHead.empty());
            LOG.info("Audit chain started");
        }
    }

    /** Walks the whole chain, after chaining every row committed before; reports the first broken or missing row. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditChain.Verification verify() {
        chainer.chainAll();
        return chainer.verifyChained();
    }
}
