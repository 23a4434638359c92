package org.sealdesk.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What every invoice of an order states, blue or red: the seller, the item, the price and the VAT rate. */
@ApplicationScoped
public class InvoiceDrafts {

    @Inject
    Seller seller;

    @Inject
    @VatRate
    int vatRate;

    @Inject
    @ConfigProperty(name = "sealdesk.invoice.item-name", defaultValue = "*信息技术服务*电子印章及数字证书服务")
    String itemName;

    /** The blue invoice for a request. */
    public InvoiceDraft of(String orderNumber, Invoice invoice, String clerk) {
        return new InvoiceDraft(orderNumber, invoice.getBuyer(), seller, itemName, invoice.getAmount(), vatRate, clerk,
                null);
    }

    /** The red invoice that cancels an issued one: the same buyer and amount, at the rate the blue one stated. */
    public InvoiceDraft reversing(String orderNumber, Invoice invoice, String clerk) {
        return new InvoiceDraft(orderNumber, invoice.getBuyer(), seller, itemName, invoice.getAmount(),
                invoice.getTaxRateBasisPoints(), clerk, invoice.getNumber());
    }

    public int vatRate() {
        return vatRate;
    }
}
