package org.sealdesk.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.SealOrder;

/**
 * What a refund does to the order's invoice, in the refund's transaction: a request not yet issued is withdrawn; an
 * issued invoice is cancelled by a red one (冲红) — issued at once where the provider issues (and due for finance
 * to issue again when the provider has not finished), otherwise due for finance to upload from the tax platform.
 */
@ApplicationScoped
public class InvoiceReversals {

    @Inject
    InvoiceRecords invoices;

    @Inject
    Invoicing invoicing;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceMails mails;

    @Inject
    AuditLog audit;

    public void orderRefunded(SealOrder order, String finance) {
        Invoice invoice = invoices.of(order, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        String number = order.getNumber().value();
        if (invoice == null) {
            return;
        }
        switch (invoice.getStatus()) {
            case REQUESTED -> {
                invoice.withdraw();
                audit.success(finance, "invoice.withdraw", number, "refunded before it was issued");
            }
            case ISSUED -> {
                invoice.reversalDue();
                if (!invoicing.issues()) {
                    audit.success(finance, "invoice.reversalDue", number, invoice.getNumber());
                    return;
                }
                try {
                    reverse(number, invoice, finance);
                } catch (RuleViolation providerDidNotFinish) {
                    audit.refused(finance, "invoice.reverse", number, providerDidNotFinish.getMessage()
                            + "; due for finance to issue again");
                }
            }
            default -> {
                // withdrawn or reversed already: a refund happens once
            }
        }
    }

    /** Issues the red invoice through the provider for an invoice due to be reversed. */
    public void reverse(String number, Invoice invoice, String finance) {
        Invoicing.Issued red = invoicing.issue(drafts.reversing(number, invoice, finance));
        invoice.reversed(red.number(), red.issuedAt(), invoices.seal(red.file()), red.contentType());
        mails.issued(number, invoice, red, true);
        audit.success(finance, "invoice.reverse", number, invoice.getNumber() + " by " + red.number());
    }
}
