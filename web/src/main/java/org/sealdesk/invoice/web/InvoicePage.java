package org.sealdesk.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.invoice.BuyerDetails;
import org.sealdesk.invoice.BuyerType;
import org.sealdesk.invoice.InvoiceService;
import org.sealdesk.invoice.InvoiceView;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderView;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/** 申请开票 / 查看开票 for one order: the request form until finance issues it, then the invoice to download. */
@Named
@ViewScoped
public class InvoicePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "invoiceForm";

    @Inject
    transient InvoiceService invoices;

    @Inject
    transient OrderService orders;

    private String number;
    private OrderView order;
    private InvoiceView invoice;
    private BuyerType buyerType = BuyerType.UNIT;
    private String title;
    private String taxNumber;
    private String email;
    private String address;
    private String phone;
    private String bank;
    private String account;

    /** viewAction: the form starts from the request as saved, or from the order (the unit, or the person). */
    public void load() throws IOException {
        try {
            order = orders.find(number);
            invoice = invoices.mine(number).orElse(null);
        } catch (RuleViolation notFound) {
            NotFound.respond();
            return;
        }
        if (invoice != null) {
            BuyerDetails saved = invoice.buyer();
            buyerType = saved.type();
            title = saved.title();
            taxNumber = saved.taxNumber();
            email = saved.email();
            address = saved.address();
            phone = saved.phone();
            bank = saved.bank();
            account = saved.account();
        } else if (order.application() != null && order.application().unitName() != null) {
            title = order.application().unitName();
            taxNumber = order.application().creditCode();
            address = order.application().unitAddress();
        } else {
            buyerType = BuyerType.PERSON;
            title = order.seals().isEmpty() ? null : order.seals().get(0).holderName();
        }
    }

    /** Saves the request (or its correction); refusals at their fields, everything typed kept. */
    public void save() {
        try {
            boolean first = invoice == null;
            invoice = invoices.request(number, new BuyerDetails(buyerType, title, taxNumber, email, address, phone,
                    bank, account));
            Feedback.info(null, first ? "invoice.requested" : "invoice.corrected", number);
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
        }
    }

    public BuyerType[] getBuyerTypes() {
        return BuyerType.values();
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

    public InvoiceView getInvoice() {
        return invoice;
    }

    public BuyerType getBuyerType() {
        return buyerType;
    }

    public void setBuyerType(BuyerType buyerType) {
        this.buyerType = buyerType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
