package org.sealdesk.production;

/** How a production attempt ended, if it has. */
public enum ProductionOutcome {
    IN_PROGRESS,
    SUCCEEDED,
    /** Failed or abandoned: its certificates are revoked, its seals discarded; the next attempt starts afresh. */
    FAILED
}
