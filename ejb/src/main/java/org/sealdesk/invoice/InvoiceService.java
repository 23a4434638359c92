package org.sealdesk.invoice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sealdesk.account.AccountService;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;

/**
 * 申请开票 / 查看开票 (manual 1.3.1) from the applicant's side: one invoice per paid order, requested with the buyer's
 * details and corrected until finance issues it; then its file to download.
 */
@Stateless
@RolesAllowed(AccountService.APPLICANT)
public class InvoiceService {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    AccountService accounts;

    @Inject
    InvoiceRecords invoices;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The order's invoice, if one was asked for. */
    public Optional<InvoiceView> mine(String number) {
        SealOrder order = mine(number, LockModeType.NONE);
        return invoices.of(order, LockModeType.NONE).map(invoice -> InvoiceView.of(number, invoice));
    }

    /** The invoice status of each of these orders of the signed-in applicant that has an invoice, by order number. */
    public Map<String, InvoiceStatus> statuses(List<String> numbers) {
        return invoices.statusesOf(accounts.signedIn().getId(), numbers);
    }

    /**
     * Asks for the order's invoice, or corrects the request while it is not issued.
     *
     * @throws RuleViolation each refused field at once; invoice.notPaid for an order not paid for (or refunded);
     *         invoice.issued once issued
     */
    public InvoiceView request(String number, BuyerDetails details) {
        SealOrder order = mine(number, LockModeType.PESSIMISTIC_WRITE);
        if (!order.isPaidFor()) {
            throw new RuleViolation("invoice.notPaid", number);
        }
        InvoiceBuyer buyer = details.checked();
        Optional<Invoice> existing = invoices.of(order, LockModeType.NONE);
        Invoice invoice = existing.orElseGet(() -> Invoice.requested(order.getId(), buyer, order.getAmount(),
                clock.instant()));
        if (existing.isPresent()) {
            invoice.correct(buyer);
        } else {
            em.persist(invoice);
        }
        audit.success(caller(), existing.isPresent() ? "invoice.correct" : "invoice.request", number,
                buyer.getType() + " " + buyer.getTitle());
        return InvoiceView.of(number, invoice);
    }

    /** @throws RuleViolation invoice.notIssued before finance issued it (or its red invoice) */
    public InvoiceFile file(String number, boolean red) {
        return invoices.file(mine(number, LockModeType.NONE), red);
    }

    private SealOrder mine(String number, LockModeType lock) {
        return orders.ownedBy(accounts.signedIn().getId(), OrderNumber.sought(number), lock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
