package org.sealdesk.sms;

/** The provider did not take the message; the caller's transaction rolls back. */
public class SmsDeliveryException extends RuntimeException {

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
