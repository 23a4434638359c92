package org.sealdesk.payment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderView;
import org.sealdesk.payment.GatewayException;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.payment.PaymentView;
import org.sealdesk.platform.QrCode;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;
import org.sealdesk.web.Site;

/**
 * 支付 (manual 1.2.5 step 5): the order to confirm, the amount and the QR code; the page asks for
 * the status every few seconds and moves on to the order once it is paid.
 */
@Named
@ViewScoped
public class PayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentService payments;

    @Inject
    OrderService orders;

    private String number;
    private OrderView order;
    private PaymentView payment;
    private String qrImage;

    /** viewAction: creates the payment at the gateway on first visit; someone else's order is 404. */
    public void load() throws IOException {
        try {
            order = orders.find(number);
            show(payments.checkout(number));
        } catch (RuleViolation refused) {
            if ("order.notFound".equals(refused.messageKey())) {
                NotFound.respond();
            } else {
                Feedback.error(null, refused);
                show(payments.status(number));
            }
        } catch (GatewayException unreachable) {
            Feedback.error(null, "payment.gatewayUnavailable");
            show(payments.status(number));
        }
    }

    /** Polled: once paid, on to the order's page. */
    public void refresh() throws IOException {
        show(payments.status(number));
        moveOnWhenPaid();
    }

    /** "I have paid": asks the gateway at once. */
    public void confirmPaid() throws IOException {
        try {
            show(payments.checkPaid(number));
        } catch (GatewayException unreachable) {
            Feedback.error(null, "payment.gatewayUnavailable");
            return;
        }
        if (!moveOnWhenPaid()) {
            Feedback.info(null, "payment.notYetPaid");
        }
    }

    private boolean moveOnWhenPaid() throws IOException {
        if (payment.isAwaitingPayment()) {
            return false;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Feedback.infoAfterRedirect(switch (payment.orderStatus()) {
            case CLOSED -> "payment.closed";
            case AWAITING_ONLINE_UPDATE -> "payment.paidOnline";
            default -> "payment.paid";
        }, number);
        external.getFlash().setRedirect(true);
        external.redirect(external.getRequestContextPath() + "/account/order.xhtml?number=" + number);
        return true;
    }

    private void show(PaymentView view) {
        payment = view;
        qrImage = view.open() == null ? null
                : QrCode.dataUri(absolute(view.open().codeUrl()));
    }

    /** The sandbox's code is a page of this site; a real gateway's (weixin://…) is used as it is. */
    public String absolute(String codeUrl) {
        if (!codeUrl.startsWith("/")) {
            return codeUrl;
        }
        return Site.baseUrl() + codeUrl;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public OrderView getOrder() {
        return order;
    }

    public PaymentView getPayment() {
        return payment;
    }

    public String getQrImage() {
        return qrImage;
    }
}
