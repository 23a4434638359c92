package org.sealdesk.token;

/** Why a token operation failed, as the connector's JSON API names it. */
public enum TokenError {
    NO_TOKEN,
    SEVERAL_TOKENS,
    WRONG_PIN,
    PIN_LOCKED,
    /** The new PIN is too short, too long or refused by the token. */
    PIN_INVALID,
    NOT_INITIALISED,
    UNSUPPORTED_ALGORITHM,
    LIBRARY_MISSING,
    /** Nothing of that kind stored on the token (no key pair yet, …). */
    NOT_FOUND,
    TOKEN_FAILURE
}
