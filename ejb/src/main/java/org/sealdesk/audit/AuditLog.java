package org.sealdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends security events and staff actions to the hash-chained audit table and writes them to
 * the server log. Joins the caller's transaction (so a refusal recorded by a service that then
 * throws a non-rolling-back RuleViolation stays), or opens one when called from the web tier.
 * Appending locks the chain head: audit rows are numbered strictly one after another.
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
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing: start-up did not create it");
        }
        head.append(event);
        em.persist(event);
        LOG.log(event.getOutcome() == AuditOutcome.SUCCESS ? Level.INFO : Level.WARNING, () -> "AUDIT " + event);
    }

    /**
     * At start-up: creates the chain head the first time and chains rows written before the chain
     * existed (schema version 6), in the order they were written.
     */
    public void startChain() {
        if (em.find(AuditChainHead.class, AuditChainHead.ID) != null) {
            return;
        }
        AuditChainHead head = AuditChainHead.empty();
        List<AuditEvent> earlier = em.createNamedQuery("AuditEvent.unchained", AuditEvent.class).getResultList();
        earlier.forEach(head::append);
        em.persist(head);
        LOG.info(() -> "Audit chain started" + (earlier.isEmpty() ? "" : "; " + earlier.size() + " earlier rows chained"));
    }

    /** Walks the whole chain; reports the first broken or missing row. */
    public AuditChain.Verification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        List<ChainRow> rows = em.createNamedQuery("AuditEvent.chain", AuditEvent.class).getResultStream()
                .map(AuditEvent::asChainRow).toList();
        return AuditChain.verify(rows, head == null ? 0 : head.getLastSeq(), head == null ? null : head.getLastHash());
    }
}
