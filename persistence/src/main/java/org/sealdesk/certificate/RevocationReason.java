package org.sealdesk.certificate;

/** RFC 5280 CRLReason, with its code. */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    /** Replaced by another certificate, e.g. one made in a later production attempt. */
    SUPERSEDED(4),
    /** The seal was cancelled. */
    CESSATION_OF_OPERATION(5),
    PRIVILEGE_WITHDRAWN(9);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
