package org.sealdesk.ukey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.sealdesk.common.RuleViolation;

/** Where ukeys are found: each lookup written once. */
public final class Ukeys {

    private final EntityManager em;

    public Ukeys(EntityManager em) {
        this.em = em;
    }

    /** @throws RuleViolation ukey.notFound */
    public Ukey bySerial(String serial, LockModeType lock) {
        return em.createNamedQuery("Ukey.bySerial", Ukey.class).setParameter("serial", serial).setLockMode(lock)
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolation("ukey.notFound"));
    }
}
