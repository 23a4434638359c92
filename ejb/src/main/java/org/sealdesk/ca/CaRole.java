package org.sealdesk.ca;

/** What a CA key does within its family. */
public enum CaRole {
    ROOT("root"),
    /** Signs the holders' certificates and the family's CRL. */
    ISSUING("issuing"),
    /** The issuing CA's delegated OCSP responder. */
    OCSP("ocsp"),
    /** Signs the GB/T 38540 seals. */
    SEAL_MAKER("seal-maker");

    private final String code;

    CaRole(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
