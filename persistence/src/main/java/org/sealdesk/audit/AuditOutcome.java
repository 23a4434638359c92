package org.sealdesk.audit;

public enum AuditOutcome {
    SUCCESS,
    /** Refused by a rule: a forged signature, a wrong amount, a missing role. */
    REFUSED
}
