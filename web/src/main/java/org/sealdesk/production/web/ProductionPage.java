package org.sealdesk.production.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderView;
import org.sealdesk.production.ProductionService;
import org.sealdesk.web.NotFound;

/**
 * One order's production: its data and seal images to check, and the steps the page's script runs through the
 * connector on the producer's PC.
 */
@Named
@ViewScoped
public class ProductionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProductionService production;

    private String number;
    private OrderView order;

    /** viewAction */
    public void load() throws IOException {
        try {
            order = production.open(number);
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

    public OrderView getOrder() {
        return order;
    }

}
