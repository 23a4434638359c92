package org.sealdesk.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.SealOrder;

/** Where invoices are found and their files sealed and opened: one place for the applicant's and finance's side. */
@ApplicationScoped
public class InvoiceRecords {

    static final String FILE_CONTEXT = "invoice.file";

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    DataCipher cipher;

    public Optional<Invoice> of(SealOrder order, LockModeType lock) {
        return em.createNamedQuery("Invoice.ofOrder", Invoice.class).setParameter("orderId", order.getId())
                .setLockMode(lock).getResultStream().findFirst();
    }

    /** One query for a page of the account's orders. */
    public Map<String, InvoiceStatus> statusesOf(long accountId, List<String> orderNumbers) {
        if (orderNumbers.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Invoice.statusOfOrders", Object[].class).setParameter("accountId", accountId)
                .setParameter("numbers", orderNumbers).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (InvoiceStatus) row[1]));
    }

    /** What finance has to do: requests to issue and red invoices to upload, oldest request first. */
    public List<Invoice> toDoOldestFirst(int max) {
        return em.createNamedQuery("Invoice.inStatusOldestFirst", Invoice.class)
                .setParameter("statuses", EnumSet.of(InvoiceStatus.REQUESTED, InvoiceStatus.REVERSAL_DUE))
                .setMaxResults(max).getResultList();
    }

    public byte[] seal(byte[] file) {
        return cipher.seal(file, FILE_CONTEXT);
    }

    /**
     * The invoice's file, or its red invoice's.
     *
     * @throws RuleViolation invoice.notIssued before there is one
     */
    public InvoiceFile file(SealOrder order, boolean red) {
        Invoice invoice = of(order, LockModeType.NONE).filter(i -> red ? i.getRedNumber() != null
                : i.getNumber() != null).orElseThrow(() -> new RuleViolation("invoice.notIssued",
                        order.getNumber().value()));
        String number = red ? invoice.getRedNumber() : invoice.getNumber();
        String type = red ? invoice.getRedFileType() : invoice.getFileType();
        return new InvoiceFile(cipher.open(red ? invoice.getRedFileCipher() : invoice.getFileCipher(), FILE_CONTEXT),
                type, "invoice-" + number + ("application/pdf".equals(type) ? ".pdf" : ".ofd"));
    }
}
