package org.sealdesk.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sealdesk.order.OrderKind;
import org.sealdesk.review.ReviewFilter;
import org.sealdesk.review.ReviewQueueRow;
import org.sealdesk.review.ReviewService;
import org.sealdesk.web.DateRange;
import org.sealdesk.web.ServiceTime;

/** 待审核订单: the lazy queue, paged, sorted and filtered by the database; oldest first. */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    private OrderKind kind;
    private final DateRange period = new DateRange();
    private Long partnerId;
    private String unitName;
    private String creditCode;
    private Map<Long, String> partnerNames;

    private final LazyDataModel<ReviewQueueRow> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) reviews.queueSize(filter());
        }

        @Override
        public List<ReviewQueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return reviews.queue(filter(), first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(ReviewQueueRow row) {
            return row.number();
        }
    };

    /** viewAction: the queue is the reviewer's; anyone else is refused by the service. */
    public void load() {
        partnerNames = reviews.partnerNames();
    }

    public void clearFilters() {
        kind = null;
        period.clear();
        partnerId = null;
        unitName = null;
        creditCode = null;
    }

    private ReviewFilter filter() {
        return new ReviewFilter(kind, period.getFrom(), period.getTo(), partnerId, unitName, creditCode);
    }

    /** 已等待 3 小时 / 2 天 4 小时. */
    public String waited(ReviewQueueRow row) {
        return ServiceTime.waited(row.waitedAt(Instant.now()).toMinutes());
    }

    public LazyDataModel<ReviewQueueRow> getOrders() {
        return orders;
    }

    public List<OrderKind> getKinds() {
        return Arrays.stream(OrderKind.values()).filter(OrderKind::isReviewed).toList();
    }

    public Map<Long, String> getPartnerNames() {
        return partnerNames;
    }

    public OrderKind getKind() {
        return kind;
    }

    public void setKind(OrderKind kind) {
        this.kind = kind;
    }

    public DateRange getPeriod() {
        return period;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }
}
