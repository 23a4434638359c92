package org.sealdesk.invoice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.staff.Roles;

/**
 * Invoices from finance's side (manual 1.3.1): the queue of requests, oldest first, and issuing one — through the
 * invoicing provider, or by uploading the PDF or OFD the tax platform issued. An order refunded meanwhile is not
 * invoiced.
 */
@Stateless
@RolesAllowed(Roles.FINANCE)
public class InvoiceDesk {

    private static final int QUEUE_SIZE = 200;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    InvoiceRecords invoices;

    @Inject
    Invoicing invoicing;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceMails mails;

    @Inject
    InvoiceReversals reversals;

    @Inject
    @ConfigProperty(name = "sealdesk.upload.max-bytes", defaultValue = "10485760")
    long maxUploadBytes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<InvoiceQueueRow> queue() {
        return invoices.toDoOldestFirst(QUEUE_SIZE).stream().map(invoice -> {
            SealOrder order = em.find(SealOrder.class, invoice.getOrderId());
            InvoiceBuyer buyer = invoice.getBuyer();
            return new InvoiceQueueRow(order.getNumber().value(), invoice.getStatus(), buyer.getType(),
                    buyer.getTitle(), buyer.getTaxNumber(), buyer.getEmail(), invoice.getAmount(),
                    invoice.getRequestedAt(), invoice.getNumber());
        }).toList();
    }

    /** Whether the provider issues invoices here; otherwise finance uploads each. */
    public boolean providerIssues() {
        return invoicing.issues();
    }

    /**
     * Issues the order's requested invoice through the provider, or the red invoice due after a refund.
     *
     * @return the invoice number
     * @throws RuleViolation invoice.notRequested, invoice.issued, invoice.notPaid (refunded meanwhile)
     */
    public String issue(String number) {
        SealOrder order = orders.byNumber(OrderNumber.sought(number), LockModeType.PESSIMISTIC_WRITE);
        Invoice due = invoices.of(order, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (due != null && due.getStatus() == InvoiceStatus.REVERSAL_DUE) {
            reversals.reverse(number, due, caller());
            return due.getRedNumber();
        }
        Invoice invoice = requested(order);
        Invoicing.Issued issued = invoicing.issue(drafts.of(number, invoice, caller()));
        invoice.issued(issued.number(), issued.issuedAt(), drafts.vatRate(), caller(), invoices.seal(issued.file()),
                issued.contentType());
        mails.issued(number, invoice, issued, false);
        audit.success(caller(), "invoice.issue", number, issued.number());
        return issued.number();
    }

    /**
     * Records the invoice the tax platform issued: its number and file (PDF or OFD, checked from its bytes); the red
     * invoice where one is due after a refund.
     *
     * @throws RuleViolation about invoiceNumber or invoiceFile, or as {@link #issue}
     */
    public void upload(String number, String invoiceNumber, byte[] file) {
        String given = invoiceNumber == null ? "" : invoiceNumber.strip();
        if (!given.matches("[0-9A-Za-z]{8,40}")) {
            throw new RuleViolation("validation.invoiceNumber.invalid").about("invoiceNumber");
        }
        if (file == null || file.length == 0 || file.length > maxUploadBytes) {
            throw new RuleViolation("invoice.file.size", maxUploadBytes / 1024 / 1024).about("invoiceFile");
        }
        String type = isPdf(file) ? "application/pdf" : isOfd(file) ? "application/ofd" : null;
        if (type == null) {
            throw new RuleViolation("invoice.file.type").about("invoiceFile");
        }
        SealOrder order = orders.byNumber(OrderNumber.sought(number), LockModeType.PESSIMISTIC_WRITE);
        Invoice due = invoices.of(order, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (due != null && due.getStatus() == InvoiceStatus.REVERSAL_DUE) {
            due.reversed(given, clock.instant(), invoices.seal(file), type);
            mails.issued(number, due, new Invoicing.Issued(given, clock.instant(), file, type), true);
            audit.success(caller(), "invoice.uploadRed", number, given + " (" + type + ", " + file.length + " bytes)");
            return;
        }
        Invoice invoice = requested(order);
        invoice.issued(given, clock.instant(), drafts.vatRate(), caller(), invoices.seal(file), type);
        mails.issued(number, invoice, new Invoicing.Issued(given, clock.instant(), file, type), false);
        audit.success(caller(), "invoice.upload", number, given + " (" + type + ", " + file.length + " bytes)");
    }

    public InvoiceFile file(String number, boolean red) {
        return invoices.file(orders.byNumber(OrderNumber.sought(number), LockModeType.NONE), red);
    }

    private Invoice requested(SealOrder order) {
        Invoice invoice = invoices.of(order, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RuleViolation("invoice.notRequested", order.getNumber().value()));
        if (!order.isPaidFor()) {
            throw new RuleViolation("invoice.notPaid", order.getNumber().value());
        }
        return invoice;
    }

    private static boolean isPdf(byte[] file) {
        return file.length > PDF_MAGIC.length && Arrays.equals(file, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /** An OFD (GB/T 33190) is a ZIP package with OFD.xml at its root. */
    private static boolean isOfd(byte[] file) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("OFD.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notZip) {
            return false;
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
