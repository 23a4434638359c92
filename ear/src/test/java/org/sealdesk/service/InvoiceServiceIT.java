package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.invoice.BuyerDetails;
import org.sealdesk.invoice.BuyerType;
import org.sealdesk.invoice.InvoiceDesk;
import org.sealdesk.invoice.InvoiceFile;
import org.sealdesk.invoice.InvoiceService;
import org.sealdesk.invoice.InvoiceStatus;
import org.sealdesk.invoice.InvoiceView;
import org.sealdesk.mail.OutboxMailer;
import org.sealdesk.payment.RefundService;
import org.sealdesk.review.ReviewService;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/**
 * Invoices' rules in the container: one per paid order, corrected until issued, issued by finance (the built-in
 * sample here, signed as the platform; or an uploaded PDF/OFD), never for an order not paid or refunded, and only
 * its owner sees it.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceServiceIT {

    private static final BuyerDetails UNIT = new BuyerDetails(BuyerType.UNIT, "肇庆市端砚文化有限公司", "9144030071526726XG",
            "finance@example.cn", null, null, null, null);

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDesk desk;

    @Test
    void aPaidOrdersInvoiceIsCorrectedUntilFinanceIssuesItThenOnlyDownloaded() throws Exception {
        long applicant = Applicants.signedInAndVerified("陶二三");
        String number = Orders.submittedPersonalOrder("陶二三");
        assertEquals("invoice.notPaid", assertThrows(RuleViolation.class, () -> invoices.request(number, UNIT))
                .messageKey(), "not before payment");
        Orders.paid(number);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> invoices.request(number, new BuyerDetails(
                BuyerType.UNIT, "肇庆市端砚文化有限公司", "9144030071526726XX", "finance@", null, null, null, null)));
        assertEquals(List.of("taxNumber", "email"), refused.each().stream().map(RuleViolation::field).toList());
        invoices.request(number, new BuyerDetails(BuyerType.PERSON, "陶二三", null, "tao@example.cn", null, null,
                null, null));
        InvoiceView corrected = invoices.request(number, UNIT);
        assertEquals(InvoiceStatus.REQUESTED, corrected.status());
        assertEquals("9144030071526726XG", corrected.buyer().taxNumber());
        assertEquals("invoice.notIssued", assertThrows(RuleViolation.class, () -> invoices.file(number, false)).messageKey());

        Callers.signIn(Caller.staff("finance-it", Set.of(StaffRole.FINANCE)));
        assertTrue(desk.queue().stream().anyMatch(row -> row.orderNumber().equals(number)
                && row.title().equals("肇庆市端砚文化有限公司")));
        String invoiceNumber = desk.issue(number);
        assertTrue(invoiceNumber.matches("DEMO\\d{16}"), invoiceNumber);
        assertTrue(desk.queue().stream().noneMatch(row -> row.orderNumber().equals(number)), "no longer waiting");
        assertTrue(CDI.current().select(OutboxMailer.class).get().newest(5).stream().anyMatch(mail ->
                mail.to().equals("finance@example.cn") && mail.attachmentName().equals("invoice-" + invoiceNumber
                        + ".pdf")), "emailed to the buyer with the invoice attached");
        assertEquals("invoice.issued", assertThrows(RuleViolation.class, () -> desk.issue(number)).messageKey());

        Callers.signIn(Caller.applicant(applicant));
        InvoiceView issued = invoices.mine(number).orElseThrow();
        assertEquals(invoiceNumber, issued.number());
        assertEquals(Money.ofFen(1698), issued.tax(), "6 % VAT contained in ¥300.00");
        assertEquals(Map.of(number, InvoiceStatus.ISSUED), invoices.statuses(List.of(number)));
        InvoiceFile file = invoices.file(number, false);
        assertEquals("application/pdf", file.contentType());
        String pdf = new String(file.content(), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-") && pdf.contains("/ETSI.CAdES.detached"), "signed as PAdES");
        assertEquals("invoice.issued", assertThrows(RuleViolation.class, () -> invoices.request(number, UNIT))
                .messageKey(), "fixed once issued");

        Applicants.signedInAndVerified("许二四");
        assertEquals("order.notFound", assertThrows(RuleViolation.class, () -> invoices.file(number, false)).messageKey());
        assertEquals(Map.of(), invoices.statuses(List.of(number)), "another applicant's order says nothing");
        assertThrows(EJBAccessException.class, () -> desk.queue(), "applicants do not issue");
    }

    @Test
    void aRefundedOrderIsNotInvoicedAndAnUploadMustBeAPdfOrAnOfd() throws Exception {
        long applicant = Applicants.signedInAndVerified("何二五");
        String refunded = Orders.paid(Orders.submittedPersonalOrder("何二五"));
        invoices.request(refunded, UNIT);
        String uploaded = Orders.paid(Orders.submittedPersonalOrder("何二五"));
        invoices.request(uploaded, UNIT);

        Callers.signIn(Caller.staff("reviewer-it", Set.of(StaffRole.REVIEWER)));
        ReviewService review = CDI.current().select(ReviewService.class).get();
        review.reject(refunded, review.open(refunded).version(), "资料不全");
        Callers.signIn(Caller.staff("finance-it", Set.of(StaffRole.FINANCE)));
        CDI.current().select(RefundService.class).get().refundAbandoned(refunded, "放弃办理");
        assertEquals("invoice.notPaid", assertThrows(RuleViolation.class, () -> desk.issue(refunded)).messageKey());

        assertEquals("invoiceFile", assertThrows(RuleViolation.class, () -> desk.upload(uploaded, "25442000000012345678",
                "not an invoice".getBytes(StandardCharsets.UTF_8))).field());
        byte[] ofd = ofd();
        assertEquals("invoiceNumber", assertThrows(RuleViolation.class, () -> desk.upload(uploaded, "12", ofd))
                .field());
        desk.upload(uploaded, "25442000000012345678", ofd);
        Callers.signIn(Caller.applicant(applicant));
        InvoiceFile file = invoices.file(uploaded, false);
        assertEquals("application/ofd", file.contentType());
        assertEquals("invoice-25442000000012345678.ofd", file.fileName());
        assertArrayEquals(ofd, file.content());
        assertEquals("invoice.notPaid", assertThrows(RuleViolation.class, () -> invoices.request(refunded, UNIT))
                .messageKey());
    }

    @Test
    void aRefundAfterTheInvoiceCancelsItWithARedOne() throws Exception {
        long applicant = Applicants.signedInAndVerified("吕二六");
        String number = Orders.paid(Orders.submittedPersonalOrder("吕二六"));
        invoices.request(number, UNIT);
        Callers.signIn(Caller.staff("finance-it", Set.of(StaffRole.FINANCE)));
        String blue = desk.issue(number);
        Callers.signIn(Caller.staff("reviewer-it", Set.of(StaffRole.REVIEWER)));
        ReviewService review = CDI.current().select(ReviewService.class).get();
        review.reject(number, review.open(number).version(), "资料不全");
        Callers.signIn(Caller.staff("finance-it", Set.of(StaffRole.FINANCE)));
        CDI.current().select(RefundService.class).get().refundAbandoned(number, "放弃办理");

        Callers.signIn(Caller.applicant(applicant));
        InvoiceView reversed = invoices.mine(number).orElseThrow();
        assertEquals(InvoiceStatus.REVERSED, reversed.status());
        assertEquals(blue, reversed.number(), "the blue invoice keeps its number");
        assertTrue(reversed.redNumber().matches("DEMO\\d{16}") && !reversed.redNumber().equals(blue));
        String red = new String(invoices.file(number, true).content(), StandardCharsets.ISO_8859_1);
        assertTrue(red.startsWith("%PDF-") && red.contains("/ETSI.CAdES.detached"), "the red invoice is signed too");
        assertEquals(Map.of(number, InvoiceStatus.REVERSED), invoices.statuses(List.of(number)));
    }

    /** The smallest package an OFD reader recognises as one: a ZIP with OFD.xml at its root. */
    private static byte[] ofd() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>".getBytes(
                    StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
