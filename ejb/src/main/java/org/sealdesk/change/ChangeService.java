package org.sealdesk.change;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sealdesk.account.AccountService;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.PriceTable;
import org.sealdesk.order.SealApplication;
import org.sealdesk.order.SealOrder;
import org.sealdesk.order.SealRequest;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.Seal;
import org.sealdesk.staff.Roles;

/**
 * Change (变更, manual 1.3.3), from the holder's side: when a unit's name or its legal representative changed, the
 * seals on its ukey are changed together. The change is an application (the wizard: the new business licence, who
 * the seals name now, the new impression form), paid and reviewed; then the ukey is rekeyed online ({@link
 * org.sealdesk.rekey.RekeyService}) and the old certificates are revoked, superseded: the old name must stop being
 * trusted. A personal seal names its holder as their ID card does: a person whose name changed applies anew.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class ChangeService {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    HeldSeals held;

    @Inject
    PriceTable prices;

    @Resource
    SessionContext session;

    /** @throws RuleViolation seal.notFound, order.years.unavailable (no price set) */
    public HeldSeals.Offer offer(String esId) {
        return held.offer(esId, accounts.signedIn().getId(), prices.price(OrderKind.CHANGE, 1));
    }

    /**
     * The change of the seals on the ukey that holds {@code esId}: the draft begun for it, or a new one filled in
     * from the application they were made from, for the wizard.
     *
     * @return the draft's number
     * @throws RuleViolation seal.notFound, change.unitSealsOnly, change.notReceived (确认收货 first),
     *     heldSeal.alreadyOrdered (with that order's number)
     */
    public String start(String esId) {
        long account = accounts.signedIn().getId();
        List<Seal> onUkey = held.onUkeyOf(esId, account);
        if (onUkey.stream().noneMatch(seal -> seal.getType() == SealType.ENTERPRISE)) {
            throw new RuleViolation("change.unitSealsOnly");
        }
        if (onUkey.stream().anyMatch(seal -> em.find(Certificate.class, seal.getCertificateId()).getStatus()
                != CertificateStatus.VALID)) {
            throw new RuleViolation("change.notReceived");
        }
        return held.changeDraft(account, session.getCallerPrincipal().getName(), onUkey, madeFrom(onUkey.get(0)));
    }

    /**
     * The application {@code seal} was last made from: its own order's, or — when a renewal or reissue re-made it —
     * that of the seal it replaced, and so on back.
     */
    private SealApplication madeFrom(Seal seal) {
        SealOrder order = em.find(SealOrder.class, seal.getOrderId());
        while (order.getApplication() == null) {
            SealType type = seal.getType();
            long before = order.getSeals().stream().filter(request -> request.getType() == type)
                    .map(SealRequest::getSealId).findFirst().orElseThrow();
            seal = em.find(Seal.class, before);
            order = em.find(SealOrder.class, seal.getOrderId());
        }
        return order.getApplication();
    }
}
