package org.sealdesk.production.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sealdesk.production.ProductionQueueRow;
import org.sealdesk.production.ProductionService;
import org.sealdesk.web.ServiceTime;

/** 印章制作: orders awaiting production, oldest application first, late ones marked. */
@Named
@ViewScoped
public class ProductionQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProductionService production;

    private List<ProductionQueueRow> orders;

    /** viewAction */
    public void load() {
        orders = production.queue();
    }

    public List<ProductionQueueRow> getOrders() {
        return orders;
    }

    public String waited(ProductionQueueRow row) {
        return ServiceTime.waited(row.waitingMinutes());
    }
}
