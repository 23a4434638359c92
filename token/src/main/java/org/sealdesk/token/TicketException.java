package org.sealdesk.token;

/** Why the connector refused a server ticket. */
public final class TicketException extends RuntimeException {

    public enum Reason {
        /** Not signed by the server, malformed, or its secrets cannot be read. */
        INVALID,
        EXPIRED,
        REPLAYED,
        /** For another ukey, seal slot or operation. */
        MISMATCH
    }

    private final Reason reason;

    TicketException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
