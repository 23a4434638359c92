package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
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
 * Shipping's rules in the container, with the SF Express client against the fake SF: only the order's own ukey is
 * sent, SF makes the waybill, the applicant is texted it with the first PIN, a route push is confirmed by asking SF,
 * receipt releases the certificates from hold, and a returned parcel is sent again to the corrected address.
 */
@ExtendWith(ArquillianExtension.class)
class ShippingServiceIT {

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

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

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
}
