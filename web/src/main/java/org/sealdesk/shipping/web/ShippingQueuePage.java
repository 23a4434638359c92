package org.sealdesk.shipping.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.shipping.ShippingQueueRow;
import org.sealdesk.shipping.ShippingService;
import org.sealdesk.shipping.TransitRow;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.ServiceTime;

/** 快递发货: orders to ship (oldest application first, late ones marked) and parcels on their way. */
@Named
@ViewScoped
public class ShippingQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShippingService shipping;

    private List<ShippingQueueRow> toShip;
    private List<TransitRow> inTransit;
    private String returning;
    private String returnReason;

    /** viewAction */
    public void load() {
        toShip = shipping.queue();
        inTransit = shipping.inTransit();
    }

    /** Opens the return dialog for one parcel. */
    public void startReturn(String number) {
        returning = number;
        returnReason = null;
    }

    /** Records the parcel's return; the dialog stays open on a refusal, with the reason as typed. */
    public void recordReturn() {
        try {
            shipping.recordReturn(returning, returnReason);
            Feedback.info(null, "shipping.returnRecorded", returning);
            PrimeFaces.current().ajax().addCallbackParam("recorded", true);
            load();
        } catch (RuleViolation refused) {
            Feedback.reject("returnForm", refused);
        }
    }

    public List<ShippingQueueRow> getToShip() {
        return toShip;
    }

    public List<TransitRow> getInTransit() {
        return inTransit;
    }

    public String waited(ShippingQueueRow row) {
        return ServiceTime.waited(row.waitingMinutes());
    }

    public String getReturning() {
        return returning;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}
