package org.sealdesk.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Links the audit rows written since into the hash chain, oldest first: numbers each and hashes it over the one
 * before. Writers only insert their rows, so an audited action never waits for another's commit; the chain head's
 * row lock makes one chainer at a time, whichever server runs it.
 */
@Stateless
@PermitAll
public class AuditChainer {

    /** Rows chained per transaction. */
    static final int BATCH = 1_000;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    /** Chains up to {@link #BATCH} rows in one transaction. @return rows chained (fewer than BATCH: none left) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainWritten() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            return 0;
        }
        List<AuditEvent> written = em.createNamedQuery("AuditEvent.unchained", AuditEvent.class)
                .setMaxResults(BATCH).getResultList();
        written.forEach(head::append);
        return written.size();
    }

    /** Chains every row committed so far. @return rows chained */
    public int chainAll() {
        int chained = 0;
        int batch;
        do {
            batch = chainWritten();
            chained += batch;
        } while (batch == BATCH);
        return chained;
    }

    /**
     * Walks the chained rows against the head, which stays locked meanwhile: the rows read are the ones the head
     * describes, however many are chained during the walk elsewhere.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditChain.Verification verifyChained() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        return AuditChain.verify(em.createNamedQuery("AuditEvent.chain", AuditEvent.class).getResultStream()
                .map(AuditEvent::asChainRow)::iterator, head == null ? 0 : head.getLastSeq(),
                head == null ? null : head.getLastHash());
    }
}
