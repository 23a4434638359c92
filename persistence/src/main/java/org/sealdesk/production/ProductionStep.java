package org.sealdesk.production;

/** Where a production attempt is. */
public enum ProductionStep {
    /** The blank ukey is being initialised with the server's PINs. */
    INITIALISE,
    /** Online, on the holder's ukey: each seal's current key must sign the server's challenge first. */
    PRESENCE,
    /** Key pairs, certificates and seals are being made and written, seal by seal. */
    SEALS,
    /** Everything written was read back and matched. */
    DONE
}
