package org.sealdesk.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    public List<Invoice> requestedOldestFirst(int max) {
        return em.createNamedQuery("Invoice.inStatusOldestFirst", Invoice.class)
                .setParameter("status", InvoiceStatus.REQUESTED).setMaxResults(max).getResultList();
    }

    public byte[] seal(byte[] file) {
        return cipher.seal(file, FILE_CONTEXT);
    }

    /** @throws RuleViolation invoice.notIssued before it is */
    public InvoiceFile file(SealOrder order) {
        Invoice invoice = of(order, LockModeType.NONE).filter(i -> i.getStatus() == InvoiceStatus.ISSUED)
                .orElseThrow(() -> new RuleViolation("invoice.notIssued", order.getNumber().value()));
        boolean ofd = !"application/pdf".equals(invoice.getFileType());
        return new InvoiceFile(cipher.open(invoice.getFileCipher(), FILE_CONTEXT), invoice.getFileType(),
                "invoice-" + invoice.getNumber() + (ofd ? ".ofd" : ".pdf"));
    }
}
