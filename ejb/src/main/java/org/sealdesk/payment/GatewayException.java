package org.sealdesk.payment;

import jakarta.ejb.ApplicationException;

/**
 * The gateway could not be reached, answered unverifiably, or refused with an error code. Rolls back
 * what the caller began (a payment attempt without a QR code is not kept).
 */
@ApplicationException(rollback = true)
public class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public GatewayException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
        this.code = "UNREACHABLE";
    }

    /** The gateway's error code (WeChat Pay's {@code code}, e.g. ORDERPAID), or UNREACHABLE. */
    public String code() {
        return code;
    }
}
