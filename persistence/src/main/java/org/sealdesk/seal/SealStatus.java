package org.sealdesk.seal;

/** Where a seal stands. */
public enum SealStatus {
    /** Made in a production attempt whose ukey is not finished yet. */
    MADE,
    /** On its holder's ukey (or on its way there). */
    ACTIVE,
    /** Its production attempt failed: it never reached a finished ukey. */
    DISCARDED,
    CANCELLED,
    /** Renewed: a newer seal on the same ukey took its place; its certificate stays valid until it expires. */
    SUPERSEDED
}
