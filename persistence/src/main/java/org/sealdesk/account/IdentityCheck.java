package org.sealdesk.account;

/** How a real-name identity was confirmed, so nobody mistakes a checksum for a registry match. */
public enum IdentityCheck {
    /** Only the format and GB 11643 check digit were checked (built-in verifier). */
    CHECKSUM_ONLY,
    /** An identity-verification provider matched name and number. */
    PROVIDER_MATCH
}
