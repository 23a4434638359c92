package org.sealdesk.sms;

import java.time.Duration;
import org.sealdesk.identity.MobileNumber;

/** Sends text messages. Failing to deliver throws, so the caller's transaction rolls back. */
public interface SmsGateway {

    void sendVerificationCode(MobileNumber to, String code, Duration validity);

    /** Tells the applicant that a reviewer sent the order back, and why. */
    void sendOrderRejected(MobileNumber to, String orderNumber, String reason);

    /** Confirms to the holder that seals were cancelled (注销) and their certificates revoked. */
    void sendSealsCancelled(MobileNumber to, String orderNumber, String seals);

    /** Shown in the start-up log, so nobody mistakes the outbox for real delivery. */
    String describe();
}
