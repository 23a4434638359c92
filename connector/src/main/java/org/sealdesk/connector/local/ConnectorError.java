package org.sealdesk.connector.local;

/** Refusals of the connector itself, beside the tokens' own {@link org.sealdesk.token.TokenError}s. */
public enum ConnectorError {
    ORIGIN_REFUSED,
    BAD_REQUEST,
    NOT_FOUND,
    TICKET_INVALID,
    TICKET_EXPIRED,
    TICKET_REPLAYED,
    TICKET_MISMATCH
}
