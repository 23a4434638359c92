package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.AccountService;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.invoice.BuyerDetails;
import org.sealdesk.invoice.BuyerType;
import org.sealdesk.invoice.InvoiceDesk;
import org.sealdesk.invoice.InvoiceFile;
import org.sealdesk.invoice.InvoiceService;
import org.sealdesk.invoice.InvoiceStatus;
import org.sealdesk.invoice.InvoiceView;
import org.sealdesk.mail.OutboxMailer;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.payment.RefundService;
import org.sealdesk.review.ReviewService;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.shipping.DeliveryService;
import org.sealdesk.shipping.ShipmentStatus;
import org.sealdesk.shipping.ShippingQueueRow;
import org.sealdesk.shipping.ShippingService;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/**
 * After production in the container: shipping the ukey with SF Express (fake on loopback) and invoicing the order.
 */
@ExtendWith(ArquillianExtension.class)
class ShippingAndInvoicingServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    ShippingService shipping;

    @Inject
    DeliveryService delivery;

    @Inject
    SealService seals;

    @Inject
    OrderService orders;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDesk desk;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    // Shipping's rules in the container, with the SF Express client against the fake SF: only the order's own ukey is
    // sent, SF makes the waybill, the applicant is texted it with the first PIN, a route push is confirmed by asking SF,
    // receipt releases the certificates from hold, and a returned parcel is sent again to the corrected address.

    @Test
    void theOrdersOwnUkeyIsSentAndReceiptMakesItsCertificateGood() throws Exception {
        long applicant = Applicants.signedInAndVerified("秦二十");
        MobileNumber mobile = CDI.current().select(AccountService.class).get().signedIn().getMobile();
        String number = Orders.producedPersonalOrder("秦二十", "SW-SHIP-1");
        Callers.signIn(Caller.staff("shipper-it", Set.of(StaffRole.SHIPPER)));
        ShippingQueueRow row = shipping.queue().stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
        assertEquals("SW-SHIP-1", row.ukeySerial());
        assertEquals("广东省肇庆市端州区星湖大道 1 号", row.address());

        RuleViolation wrongUkey = assertThrows(RuleViolation.class, () -> shipping.ship(number, "SW-SHIP-9", null));
        assertEquals("shipping.ukeySerial.wrong", wrongUkey.messageKey());
        assertEquals("ukeySerial", wrongUkey.field());
        assertEquals("shipping.ukeySerial.required", assertThrows(RuleViolation.class,
                () -> shipping.ship(number, " ", null)).messageKey());
        assertEquals(OrderStatus.AWAITING_SHIPMENT, shipping.open(number).order().status(), "nothing sent");

        String waybill = shipping.ship(number, " sw-ship-1 ", null);
        assertTrue(waybill.matches("SF\\d{13}"), "SF made the waybill: " + waybill);
        String texted = Applicants.latestMessage(mobile);
        assertTrue(texted.contains(waybill) && texted.matches(".*ukey初始密码：\\d{8}，.*"), texted);
        assertEquals("shipping.notAwaiting", assertThrows(RuleViolation.class, () -> shipping.ship(number, "SW-SHIP-1",
                null)).messageKey(), "sent once");

        Callers.signIn(Caller.applicant(applicant));
        SealView seal = seals.ofOrder(number).get(0);
        assertEquals(CRLReason.certificateHold, ((RevokedStatus) Ocsp.statusOf(seal.certificateSerial()))
                .getRevocationReason(), "on hold while the parcel travels");

        FakeSf.route(waybill, "2026-12-04 15:00:00", "50", "顺丰速运 已收取快件");
        FakeSf.route(waybill, "2026-12-05 10:30:00", "80", "已签收，签收人：本人");
        TestClock.advance(Duration.ofSeconds(61));
        assertEquals("{\"return_code\":\"0000\",\"return_msg\":\"成功\"}",
                FakeSf.push(FakeSf.pushOf(waybill, "80", "伪造的推送内容")));
        OrderView.Parcel parcel = orders.find(number).parcels().get(0);
        assertEquals(ShipmentStatus.DELIVERED, parcel.status(), "SF's route, asked for after the push");
        assertEquals(List.of("已签收，签收人：本人", "顺丰速运 已收取快件"), parcel.route().stream()
                .map(OrderView.RouteStep::remark).toList(), "what SF's query said, not what the push said; newest first");
        assertTrue(Applicants.latestMessage(mobile).contains("请登录平台确认收货"), "asked to confirm receipt");
        assertEquals(OrderStatus.SHIPPED, orders.find(number).status(), "delivered by SF, not yet received");

        delivery.confirmReceipt(number);
        assertEquals(OrderStatus.DELIVERED, orders.find(number).status());
        assertEquals(CertificateStatus.VALID, seals.ofOrder(number).get(0).certificateStatus());
        assertNull(Ocsp.statusOf(seal.certificateSerial()), "OCSP answers good at once");
        assertEquals("delivery.notShipped", assertThrows(RuleViolation.class, () -> delivery.confirmReceipt(number))
                .messageKey(), "received once");

        Applicants.signedInAndVerified("魏二一");
        assertEquals("order.notFound", assertThrows(RuleViolation.class, () -> delivery.confirmReceipt(number))
                .messageKey(), "another applicant's order");
        assertThrows(EJBAccessException.class, () -> shipping.queue(), "applicants do not ship");
    }

    @Test
    void aReturnedParcelWaitsForTheCorrectedAddressAndIsSentAgainWithoutThePin() throws Exception {
        long applicant = Applicants.signedInAndVerified("蒋二二");
        MobileNumber mobile = CDI.current().select(AccountService.class).get().signedIn().getMobile();
        String number = Orders.producedPersonalOrder("蒋二二", "SW-SHIP-2");
        Callers.signIn(Caller.staff("shipper-it", Set.of(StaffRole.SHIPPER)));
        String first = shipping.ship(number, "SW-SHIP-2", null);

        Callers.signIn(Caller.applicant(applicant));
        MailingDetails corrected = new MailingDetails("蒋二二", "13700137001", "广东省", "肇庆市", "端州区", "信安大道 8 号");
        assertEquals("order.mailing.notNow", assertThrows(RuleViolation.class,
                () -> delivery.correctAddress(number, corrected)).messageKey(), "not while the parcel travels");

        FakeSf.route(first, "2026-12-05 09:00:00", "99", "收件人地址错误，快件退回");
        TestClock.advance(Duration.ofSeconds(61));
        FakeSf.push(FakeSf.pushOf(first, "99", "x"));
        OrderView returned = orders.find(number);
        assertEquals(OrderStatus.AWAITING_SHIPMENT, returned.status(), "back to be shipped");
        assertEquals("收件人地址错误，快件退回", returned.parcels().get(0).returnReason());
        assertTrue(Applicants.latestMessage(mobile).contains("快件被退回，原因：收件人地址错误，快件退回"));
        assertEquals(CertificateStatus.ON_HOLD, seals.ofOrder(number).get(0).certificateStatus(), "still on hold");

        RuleViolation wrong = assertThrows(RuleViolation.class, () -> delivery.correctAddress(number,
                new MailingDetails("蒋二二", "1234", "广东省", "肇庆市", "端州区", "")));
        assertEquals(List.of("mobile", "street"), wrong.each().stream().map(RuleViolation::field).toList());
        delivery.correctAddress(number, corrected);
        assertEquals("广东省肇庆市端州区信安大道 8 号", orders.find(number).mailing().oneLine());

        Callers.signIn(Caller.staff("shipper-it", Set.of(StaffRole.SHIPPER)));
        ShippingQueueRow again = shipping.queue().stream().filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow();
        assertEquals("收件人地址错误，快件退回", again.returnReason());
        String second = shipping.ship(number, "SW-SHIP-2", null);
        assertTrue(!second.equals(first));
        String texted = Applicants.latestMessage(mobile);
        assertTrue(texted.contains(second) && texted.contains("ukey初始密码见首次发货短信"), "the PIN is sent once: " + texted);

        assertEquals("shipping.return.reasonRequired", assertThrows(RuleViolation.class,
                () -> shipping.recordReturn(number, " ")).messageKey());
        shipping.recordReturn(number, "无人签收");
        Callers.signIn(Caller.applicant(applicant));
        assertEquals(List.of(ShipmentStatus.RETURNED, ShipmentStatus.RETURNED), orders.find(number).parcels().stream()
                .map(OrderView.Parcel::status).toList());
        assertEquals(OrderStatus.AWAITING_SHIPMENT, orders.find(number).status());
    }

    // Invoices' rules in the container: one per paid order, corrected until issued, issued by finance (the built-in
    // sample here, signed as the platform; or an uploaded PDF/OFD), never for an order not paid or refunded, and only
    // its owner sees it.

    private static final BuyerDetails UNIT = new BuyerDetails(BuyerType.UNIT, "肇庆市端砚文化有限公司", "9144030071526726XG",
            "finance@example.cn", null, null, null, null);

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
