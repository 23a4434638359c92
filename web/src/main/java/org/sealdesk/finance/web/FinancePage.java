package org.sealdesk.finance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.finance.FinanceFilter;
import org.sealdesk.finance.FinanceReport;
import org.sealdesk.finance.FinanceRow;
import org.sealdesk.finance.FinanceService;
import org.sealdesk.payment.PaymentStatus;
import org.sealdesk.payment.RefundService;
import org.sealdesk.web.DateRange;
import org.sealdesk.web.Feedback;

/** 财务: payments and refunds with totals, the refund of an abandoned rejected order, CSV export. */
@Named
@ViewScoped
public class FinancePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REFUND_FORM = "refundForm";

    @Inject
    transient FinanceService finance;

    @Inject
    transient RefundService refunds;

    private final DateRange period = DateRange.since(ServiceZone.today().minusDays(30));
    private PaymentStatus status;
    private String orderNumber;
    private FinanceReport report;

    /** The payments page by page from the database; the count is the search's, so paging does not count again. */
    private final LazyDataModel<FinanceRow> payments = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, report.payments());
        }

        @Override
        public List<FinanceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return finance.rows(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(FinanceRow row) {
            return row.outTradeNo();
        }
    };
    private String refundOrder;
    private String refundReason;

    /** viewAction, and the search button */
    public void search() {
        report = finance.report(filter());
    }

    private FinanceFilter filter() {
        return new FinanceFilter(period.getFrom(), period.getTo(), status, orderNumber);
    }

    public void prepareRefund(String number) {
        refundOrder = number;
        refundReason = null;
    }

    public void refund() {
        if (refundReason == null || refundReason.isBlank()) {
            Feedback.error(REFUND_FORM + ":refundReason", "refund.reasonRequired");
            return;
        }
        try {
            var outcome = refunds.refundAbandoned(refundOrder, refundReason.strip());
            Feedback.info(null, "staff.refund.done", refundOrder, Feedback.text("refundStatus." + outcome));
            refundOrder = null;
            search();
            PrimeFaces.current().executeScript("PF('refundDialog').hide()");
        } catch (RuleViolation refused) {
            Feedback.error(refused.messageKey().startsWith("refund.reason") ? REFUND_FORM + ":refundReason" : null,
                    refused);
        }
    }

    public StreamedContent getCsv() {
        byte[] csv = finance.csv(filter()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("payments-" + ServiceZone.today() + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public FinanceReport getReport() {
        return report;
    }

    public LazyDataModel<FinanceRow> getPayments() {
        return payments;
    }

    public DateRange getPeriod() {
        return period;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getRefundOrder() {
        return refundOrder;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }
}
