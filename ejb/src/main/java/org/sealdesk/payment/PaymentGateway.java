package org.sealdesk.payment;

/**
 * A payment provider that shows the payer a QR code and reports the money by a signed
 * notification (and answers queries). Failures to reach it, or its refusals, throw
 * {@link GatewayException}; a notification that fails verification throws
 * {@link org.sealdesk.common.RuleViolation}.
 */
public interface PaymentGateway {

    /** Stored with each payment, so that a later query goes to the gateway that made the trade. */
    String name();

    /** Shown in the start-up log and on staff screens. */
    String describe();

    /** Creates the trade; answers the content of the QR code the payer scans. */
    String prepay(PrepayRequest request);

    GatewayTrade query(String outTradeNo);

    /**
     * Closes an unpaid trade so that its QR code stops working.
     *
     * @return false when the gateway says the trade is already paid
     */
    boolean close(String outTradeNo);

    RefundResult refund(RefundRequest request);

    /** Checks the notification's signature (in its own protocol), decrypts it and answers the trade it reports. */
    GatewayTrade verifiedNotification(GatewayMessage notification);

    /**
     * The answer this gateway expects to a notification: {@code status} 2xx when it was recorded; 4xx refused,
     * 5xx not recorded for now ({@code reason} says why) — the gateway sends it again.
     */
    NotificationReply reply(int status, String reason);
}
