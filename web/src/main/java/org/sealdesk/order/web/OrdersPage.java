package org.sealdesk.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderSummary;
import org.sealdesk.order.OrderView;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.payment.PaymentView;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealView;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/** 证章办理 → 订单列表, and one order's page (订单详情). */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    @Inject
    PaymentService payments;

    @Inject
    SealService seals;

    private final LazyDataModel<OrderSummary> mine = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) orders.myOrderCount();
        }

        @Override
        public List<OrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return orders.myOrders(first, pageSize);
        }

        @Override
        public String getRowKey(OrderSummary order) {
            return order.number();
        }
    };
    private String number;
    private OrderView order;
    private PaymentView payment;
    private List<SealView> producedSeals;

    /** 订单列表, newest first, a page at a time. */
    public LazyDataModel<OrderSummary> getMine() {
        return mine;
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
        } catch (RuleViolation notFound) {
            NotFound.respond();
        }
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

    public OrderView getOrder() {
        return order;
    }
}
