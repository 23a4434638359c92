package org.sealdesk.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.PriceAdministration;
import org.sealdesk.order.PriceLine;
import org.sealdesk.web.Feedback;

/** 价格管理: the price table; a line is changed or added through one form, and can be removed. */
@Named
@ViewScoped
public class PricesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "priceForm";

    @Inject
    transient PriceAdministration administration;

    private List<PriceLine> table;
    private OrderKind kind;
    private Integer years;
    private BigDecimal amount;

    /** viewAction: administrators only, refused by the service for anyone else. */
    public void load() {
        table = administration.table();
    }

    /** 修改: the line goes into the form. */
    public void edit(PriceLine line) {
        kind = line.kind();
        years = line.years();
        amount = new BigDecimal(line.amount().yuan());
    }

    public void save() {
        Money price = inFen(amount);
        if (price == null) {
            Feedback.error(FORM + ":amount", "price.amount.range", PriceLine.MAX_AMOUNT);
            return;
        }
        try {
            administration.setPrice(kind, years == null ? 0 : years, price);
            Feedback.info(null, "staff.prices.saved", Feedback.text("orderKind." + kind), years, price.display());
            load();
        } catch (RuleViolation refused) {
            Feedback.error(fieldOf(refused), refused);
        }
    }

    /** Yuan as typed, in fen; null for nothing, a negative amount or a fraction of a fen. */
    private static Money inFen(BigDecimal yuan) {
        try {
            return yuan == null || yuan.signum() < 0 ? null : Money.ofFen(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException notWholeFen) {
            return null;
        }
    }

    public void remove(PriceLine line) {
        try {
            administration.remove(line.kind(), line.years());
            Feedback.info(null, "staff.prices.removed", Feedback.text("orderKind." + line.kind()), line.years());
            load();
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    private static String fieldOf(RuleViolation refused) {
        String key = refused.messageKey();
        return key.startsWith("price.kind") ? FORM + ":kind"
                : key.startsWith("price.years") ? FORM + ":years"
                : key.startsWith("price.amount") ? FORM + ":amount" : null;
    }

    public List<PriceLine> getTable() {
        return table;
    }

    public List<OrderKind> getKinds() {
        return Arrays.stream(OrderKind.values()).filter(OrderKind::isPriced).toList();
    }

    public int getMaxYears() {
        return PriceLine.MAX_YEARS;
    }

    public OrderKind getKind() {
        return kind;
    }

    public void setKind(OrderKind kind) {
        this.kind = kind;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
