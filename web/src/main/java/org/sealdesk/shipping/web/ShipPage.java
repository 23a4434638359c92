package org.sealdesk.shipping.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.shipping.ShippingCase;
import org.sealdesk.shipping.ShippingService;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/**
 * One order's shipment: the address and earlier parcels to check, the packing slip to print, the ukey's serial
 * scanned before the envelope is sealed, and the waybill (typed from the paper form with the built-in courier).
 */
@Named
@ViewScoped
public class ShipPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "shipForm";

    @Inject
    transient ShippingService shipping;

    private String number;
    private ShippingCase shippingCase;
    private String ukeySerial;
    private String waybill;

    /** viewAction */
    public void load() throws IOException {
        try {
            shippingCase = shipping.open(number);
        } catch (RuleViolation notFound) {
            NotFound.respond();
        }
    }

    /** Ships and goes back to the queue; a refusal shows at its field, with what was typed kept. */
    public String ship() {
        try {
            String sent = shipping.ship(number, ukeySerial, waybill);
            Feedback.infoAfterRedirect("shipping.shipped", number, sent);
            return "/staff/shipping.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
            return null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ShippingCase getShippingCase() {
        return shippingCase;
    }

    public String getUkeySerial() {
        return ukeySerial;
    }

    public void setUkeySerial(String ukeySerial) {
        this.ukeySerial = ukeySerial;
    }

    public String getWaybill() {
        return waybill;
    }

    public void setWaybill(String waybill) {
        this.waybill = waybill;
    }
}
