package org.sealdesk.production;

/** Where a production attempt is. */
public enum ProductionStep {
    /** The blank ukey is being initialised with the server's PINs. */
    INITIALISE,
    /** Key pairs, certificates and seals are being made and written, seal by seal. */
    SEALS,
    /** Everything written was read back and matched. */
    DONE
}
