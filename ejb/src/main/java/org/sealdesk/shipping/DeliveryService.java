package org.sealdesk.shipping;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sealdesk.account.AccountService;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Validation;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.Seals;

/**
 * The applicant's side of delivery: 确认收货, which makes the ukey's seals trustworthy (their certificates leave
 * hold), and correcting the address before the ukey is sent (again).
 */
@Stateless
@RolesAllowed(AccountService.APPLICANT)
public class DeliveryService {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Seals seals;

    @Inject
    AccountService accounts;

    @Inject
    CertificateRevocation revocation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The applicant has the ukey: the order is delivered and the certificates of its seals are released from hold,
     * so OCSP answers good at once and the next CRL no longer lists them.
     *
     * @throws RuleViolation delivery.notShipped when the order is not on its way
     */
    public void confirmReceipt(String number) {
        SealOrder order = mine(number);
        if (order.getStatus() != OrderStatus.SHIPPED) {
            throw new RuleViolation("delivery.notShipped", number);
        }
        order.confirmReceipt(clock.instant());
        List<String> released = new ArrayList<>();
        for (Seal seal : seals.ofOrder(order.getId())) {
            if (seal.getStatus() == SealStatus.ACTIVE) {
                Certificate certificate = em.find(Certificate.class, seal.getCertificateId());
                revocation.release(certificate, caller(), number);
                released.add(certificate.getSerial());
            }
        }
        audit.success(caller(), "delivery.confirm", number, "certificates released " + released);
    }

    /**
     * Where the ukey goes, corrected while it waits to be sent (after a parcel came back, typically); refused once it
     * is on its way.
     *
     * @throws RuleViolation each refused field at once (as the wizard's mailing step), or order.mailing.notNow
     */
    public void correctAddress(String number, MailingDetails details) {
        SealOrder order = mine(number);
        Validation checks = new Validation();
        MailingAddress address = MailingAddress.checked(checks, details.recipient(), details.mobile(),
                details.province(), details.city(), details.district(), details.street());
        checks.done();
        order.correctMailing(address);
        audit.success(caller(), "delivery.address", number, address.oneLine());
    }

    private SealOrder mine(String number) {
        return orders.ownedBy(accounts.signedIn().getId(), OrderNumber.sought(number), LockModeType.PESSIMISTIC_WRITE);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
