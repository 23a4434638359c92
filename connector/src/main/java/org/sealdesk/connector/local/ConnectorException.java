package org.sealdesk.connector.local;

/** A request the connector refuses before any token is touched. */
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ConnectorError error;

    public ConnectorException(ConnectorError error, String message) {
        super(message);
        this.error = error;
    }

    public ConnectorError error() {
        return error;
    }
}
