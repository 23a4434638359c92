package org.sealdesk.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.sealdesk.account.Account;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.order.SealOrder;
import org.sealdesk.sms.SmsGateway;

/**
 * What a parcel's fate does to its order and tells its applicant, whoever learnt it (the shipper, SF's route): a
 * return sends the order back to awaiting shipment and asks for the address to be checked; a delivery asks the
 * applicant to confirm receipt.
 */
@ApplicationScoped
public class ParcelEvents {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    SmsGateway sms;

    @Inject
    Clock clock;

    public void returned(SealOrder order, Shipment shipment, String actor) {
        order.parcelReturned(actor, shipment.getReturnReason(), clock.instant());
        sms.sendParcelReturned(applicantMobile(order), order.getNumber().value(), shipment.getReturnReason());
    }

    public void delivered(SealOrder order) {
        sms.sendParcelDelivered(applicantMobile(order), order.getNumber().value());
    }

    public MobileNumber applicantMobile(SealOrder order) {
        return em.find(Account.class, order.getAccountId()).getMobile();
    }
}
