package org.sealdesk.shipping;

import org.sealdesk.order.MailingAddress;

/**
 * One parcel to send: the courier's order reference (unique per try, so that a try whose answer was lost never
 * clashes with the next), the sender (the platform) and the recipient.
 */
public record Consignment(String reference, Sender sender, MailingAddress recipient, String contents) {

    /** The platform's dispatch office, as the courier's order and the label print it. */
    public record Sender(String company, String contact, String mobile, String province, String city,
            String district, String street) {
    }
}
