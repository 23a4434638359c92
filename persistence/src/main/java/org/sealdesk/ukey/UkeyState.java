package org.sealdesk.ukey;

/** Where a ukey is in its life. */
public enum UkeyState {
    /** Initialised and written by production, not yet with its holder. */
    PRODUCED
}
