package org.sealdesk.sms;

import java.time.Duration;
import java.time.LocalDate;
import org.sealdesk.identity.MobileNumber;

/** Sends text messages. Failing to deliver throws, so the caller's transaction rolls back. */
public interface SmsGateway {

    void sendVerificationCode(MobileNumber to, String code, Duration validity);

    /** Tells the applicant that a reviewer sent the order back, and why. */
    void sendOrderRejected(MobileNumber to, String orderNumber, String reason);

    /** Confirms to the holder that seals were cancelled (注销) and their certificates revoked. */
    void sendSealsCancelled(MobileNumber to, String orderNumber, String seals);

    /** Tells the account's number that its password was changed, so that someone else's change is noticed. */
    void sendPasswordChanged(MobileNumber to);

    /** Tells the number an account left that it moved to {@code newMobile} (shown masked). */
    void sendMobileChanged(MobileNumber to, MobileNumber newMobile);

    /**
     * Tells the applicant the ukey is on its way: the waybill and where to track it, and the ukey's first PIN on the
     * first sending ({@code pin} is null when the parcel is sent again after a return).
     */
    void sendParcelShipped(MobileNumber to, String orderNumber, String waybill, String trackingLink, String pin);

    /** The courier reports the parcel delivered: asks the applicant to confirm receipt, which makes the seals work. */
    void sendParcelDelivered(MobileNumber to, String orderNumber);

    /** The parcel came back: the applicant checks the address before it is sent again. */
    void sendParcelReturned(MobileNumber to, String orderNumber, String reason);

    /** Shown in the start-up log, so nobody mistakes the outbox for real delivery. */
    /** The certificates of {@code seals} end on {@code expiry}, {@code daysLeft} days from today: renew at {@code link}. */
    void sendExpiryReminder(MobileNumber to, String seals, LocalDate expiry, long daysLeft, String link);

    String describe();
}
