package org.sealdesk.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.SandboxCashier;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/** The sandbox gateway's "scanned" payment: what a payer would see in WeChat, with a pay button. */
@Named
@ViewScoped
public class SandboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SandboxCashier cashier;

    private String trade;
    private SandboxCashier.TradeView view;

    /** viewAction: an unknown trade, or any trade while a real gateway is configured, is 404. */
    public void load() throws IOException {
        try {
            view = cashier.trade(trade);
        } catch (RuleViolation refused) {
            NotFound.respond();
        }
    }

    public void pay() {
        try {
            view = cashier.pay(trade);
            Feedback.info(null, "sandbox.paid", view.amount());
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            view = cashier.trade(trade);
        }
    }

    public void notifyAgain() {
        try {
            cashier.notifyPaid(trade);
            Feedback.info(null, "sandbox.notifiedAgain");
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
    }

    public SandboxCashier.TradeView getView() {
        return view;
    }
}
