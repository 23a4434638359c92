package org.sealdesk.ukey;

/** Where a ukey is in its life. */
public enum UkeyState {
    /** Initialised and written by production, not yet with its holder. */
    PRODUCED,
    /** Lost or broken: a reissue (补办) made a new ukey with its seals, and its certificates were revoked. */
    RETIRED
}
