package org.sealdesk.sms;

import java.time.Duration;
import org.sealdesk.identity.MobileNumber;

/** Sends text messages. Failing to deliver throws, so the caller's transaction rolls back. */
public interface SmsGateway {

    void sendVerificationCode(MobileNumber to, String code, Duration validity);

    /** Shown in the start-up log, so nobody mistakes the outbox for real delivery. */
    String describe();
}
