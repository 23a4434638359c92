package org.sealdesk.service;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.LockModeType;
import jakarta.transaction.UserTransaction;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.ImageIO;
import org.sealdesk.account.AccountService;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.payment.SandboxCashier;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.review.ReviewService;
import org.sealdesk.seal.SealView;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/** Orders made through the applicant's service, step by step as the wizard makes them. */
final class Orders {

    private Orders() {
    }

    /** A one-year personal-seal order of the signed-in applicant, submitted: awaiting payment. @return its number */
    static String submittedPersonalOrder(String name) {
        OrderService orders = CDI.current().select(OrderService.class).get();
        String number = orders.startDraft(OrderKind.NEW_PERSONAL_SEAL, null);
        orders.describe(number, new ApplicationDetails(null, null, null, name, Applicants.newIdCardNumber(), "13700137000"));
        orders.upload(number, DocumentRole.ID_CARD_FRONT, "front.png", scan());
        orders.upload(number, DocumentRole.ID_CARD_BACK, "back.png", scan());
        orders.chooseValidity(number, 1);
        orders.upload(number, DocumentRole.IMPRESSION_FORM, "form.png", scan());
        orders.mailTo(number, new MailingDetails(name, "13700137000", "广东省", "肇庆市", "端州区", "星湖大道 1 号"));
        orders.submit(number);
        return number;
    }

    /**
     * A one-year enterprise order of the signed-in applicant (the unit's seal and its legal representative's
     * signature seal), submitted: awaiting payment. @return its number
     */
    static String submittedEnterpriseOrder(String unitName, String legalRep) {
        return submittedEnterprise(CDI.current().select(OrderService.class).get().startDraft(
                OrderKind.NEW_ENTERPRISE_SEAL, null), unitName, legalRep);
    }

    /** The signed-in applicant's enterprise draft {@code number}, filled in for one year and submitted. @return it */
    static String submittedEnterprise(String number, String unitName, String legalRep) {
        OrderService orders = CDI.current().select(OrderService.class).get();
        orders.describe(number, new ApplicationDetails(unitName, "9144030071526726XG", "肇庆市端州区星湖大道 1 号",
                legalRep, Applicants.newIdCardNumber(), "13700137000"));
        orders.upload(number, DocumentRole.BUSINESS_LICENCE, "licence.png", scan());
        orders.chooseValidity(number, 1);
        orders.upload(number, DocumentRole.IMPRESSION_FORM, "form.png", scan());
        orders.mailTo(number, new MailingDetails(legalRep, "13700137000", "广东省", "肇庆市", "端州区", "星湖大道 1 号"));
        orders.submit(number);
        return number;
    }

    /** A personal-seal order paid in the sandbox and approved by a reviewer: awaiting production. @return its number */
    static String approvedPersonalOrder(String name) {
        Applicants.signedInAndVerified(name);
        return approved(submittedPersonalOrder(name));
    }

    /**
     * A one-year personal-seal order of the signed-in applicant, approved and produced onto the software ukey
     * {@code ukeySerial} (its certificate on hold); the applicant is signed in again. @return its number
     */
    static String producedPersonalOrder(String name, String ukeySerial) throws Exception {
        long applicant = CDI.current().select(AccountService.class).get().signedIn().getId();
        String number = approved(submittedPersonalOrder(name));
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try (SoftwareConnector connector = new SoftwareConnector(CDI.current().select(ProductionService.class).get(),
                CDI.current().select(TicketKey.class).get(), "https://seal.example")) {
            connector.produce(number, ukeySerial, "personal");
        }
        Callers.signIn(Caller.applicant(applicant));
        return number;
    }

    /** What 确认收货 does to a produced seal's certificate: released from hold. */
    static void receiptConfirmed(SealView seal, String number) throws Exception {
        UserTransaction transaction = CDI.current().select(UserTransaction.class).get();
        transaction.begin();
        CDI.current().select(CertificateRevocation.class).get().release(CDI.current().select(Certificates.class).get()
                .bySerial(seal.certificateSerial(), LockModeType.PESSIMISTIC_WRITE).orElseThrow(), "applicant-it",
                number);
        transaction.commit();
    }

    /** The signed-in applicant's submitted order, paid in the sandbox and approved by a reviewer. @return its number */
    static String approved(String number) {
        paid(number);
        Callers.signIn(Caller.staff("reviewer-it", Set.of(StaffRole.REVIEWER)));
        ReviewService review = CDI.current().select(ReviewService.class).get();
        review.approve(number, review.open(number).version());
        return number;
    }

    /** The signed-in applicant's submitted order, paid in the sandbox: awaiting review. @return its number */
    static String paid(String number) {
        PaymentService payments = CDI.current().select(PaymentService.class).get();
        CDI.current().select(SandboxCashier.class).get().pay(payments.checkout(number).open().outTradeNo());
        return number;
    }

    /** A small scan, a real PNG. */
    static byte[] scan() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.RED);
        g.drawOval(110, 50, 100, 100);
        g.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
