package org.sealdesk.order.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.invoice.InvoiceService;
import org.sealdesk.invoice.InvoiceStatus;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderSummary;
import org.sealdesk.order.OrderView;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.payment.PaymentView;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;
import org.sealdesk.shipping.DeliveryService;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/** 证章办理 → 订单列表, and one order's page (订单详情). */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ADDRESS_FORM = "addressForm";

    @Inject
    OrderService orders;

    @Inject
    PaymentService payments;

    @Inject
    SealService seals;

    @Inject
    DeliveryService delivery;

    @Inject
    InvoiceService invoices;

    private final LazyDataModel<OrderSummary> mine = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) orders.myOrderCount();
        }

        @Override
        public List<OrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<OrderSummary> page = orders.myOrders(first, pageSize);
            invoiceStatuses = invoices.statuses(page.stream().map(OrderSummary::number).toList());
            return page;
        }

        @Override
        public String getRowKey(OrderSummary order) {
            return order.number();
        }
    };
    private Map<String, InvoiceStatus> invoiceStatuses = Map.of();
    private String number;
    private OrderView order;
    private PaymentView payment;
    private List<SealView> producedSeals;
    private List<SealView> heldSeals = List.of();
    private final MailingFields mailing = new MailingFields();

    /** 订单列表, newest first, a page at a time. */
    public LazyDataModel<OrderSummary> getMine() {
        return mine;
    }

    /** 申请开票 while there is no invoice or only the request, then 查看开票. */
    public String invoiceAction(OrderSummary order) {
        InvoiceStatus status = invoiceStatuses.get(order.number());
        return status == null || status == InvoiceStatus.REQUESTED ? "orders.requestInvoice" : "orders.viewInvoice";
    }

    public void deleteDraft(String draft) {
        try {
            orders.deleteDraft(draft);
            Feedback.info(null, "order.draftDeleted", draft);
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    /** viewAction of the order page: someone else's order does not exist for this applicant. */
    public void loadOrder() throws IOException {
        try {
            order = orders.find(number);
            payment = payments.status(number);
            producedSeals = seals.ofOrder(number);
            heldSeals = seals.namedBy(number);
            mailing.fillFrom(order.mailing(), Map.of());
        } catch (RuleViolation notFound) {
            NotFound.respond();
        }
    }

    /** 确认收货: the certificates leave hold; the page shows the order as it now stands. */
    public String confirmReceipt() {
        try {
            delivery.confirmReceipt(number);
            Feedback.infoAfterRedirect("delivery.confirmed", number);
            return again();
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            return null;
        }
    }

    /** Corrects where the ukey goes while it waits to be sent; refusals at their fields, what was typed kept. */
    public String correctAddress() {
        try {
            delivery.correctAddress(number, mailing.toDetails());
            Feedback.infoAfterRedirect("delivery.addressCorrected");
            return again();
        } catch (RuleViolation refused) {
            Feedback.reject(ADDRESS_FORM, refused);
            return null;
        }
    }

    /** The order page anew, as the order now stands. */
    private String again() {
        return "/account/order.xhtml?faces-redirect=true&number=" + number;
    }

    /** The latest parcel, or null before the first is sent. */
    public OrderView.Parcel getLatestParcel() {
        return order.parcels().isEmpty() ? null : order.parcels().get(order.parcels().size() - 1);
    }

    public MailingFields getMailing() {
        return mailing;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public PaymentView getPayment() {
        return payment;
    }

    /** The seals the order produced (none before production). */
    public List<SealView> getSeals() {
        return producedSeals;
    }

    /** The seals the order is about, held already (a renewal's); empty for a new seal's order. */
    public List<SealView> getHeldSeals() {
        return heldSeals;
    }

    /** The ukey an online update runs on: the one holding the seals the order is about. */
    public String getHeldUkey() {
        return heldSeals.isEmpty() ? null : heldSeals.get(0).ukeySerial();
    }

    /** The message key of what happens next: the order kind's own where it has one (a renewal is not reviewed). */
    public String getNextStep() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        String own = "order.next." + order.kind() + "." + order.status();
        String common = "order.next." + order.status();
        return messages.containsKey(own) ? own : messages.containsKey(common) ? common : null;
    }

    public OrderView getOrder() {
        return order;
    }
}
