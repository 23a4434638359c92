package org.sealdesk.seal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sealdesk.account.web.SmsCodeSender;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;
import org.sealdesk.web.Feedback;

/** 注销 on the seals page: which seals of the ukey to cancel, confirmed by an SMS code. */
@Named
@ViewScoped
public class CancelDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cancelForm";

    @Inject
    transient SealService seals;

    @Inject
    transient SmsCodeSender codeSender;

    @Inject
    SealsPage page;

    /** The active seals on the ukey of the seal whose 注销 was pressed: those that may be cancelled together. */
    private List<SealView> cancellable = List.of();
    private List<String> chosen = new ArrayList<>();
    private String code;

    /** 注销 pressed on {@code seal}'s card: the dialog offers the active seals of its ukey, that one chosen. */
    public void prepare(SealView seal) {
        cancellable = page.getMine().stream().filter(each -> each.orderNumber().equals(seal.orderNumber())
                && each.status() == SealStatus.ACTIVE).toList();
        chosen = new ArrayList<>(List.of(seal.esId()));
        code = null;
    }

    public void sendCode() {
        codeSender.send(null, FORM + ":code", () -> seals.requestCancellationCode());
    }

    public void cancel() {
        try {
            String order = seals.cancel(chosen, code);
            Feedback.info(null, "seals.cancel.done", order);
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
            page.load();
        } catch (RuleViolation refused) {
            Feedback.error(refused.messageKey().startsWith("sms.code") ? FORM + ":code" : FORM + ":chosen", refused);
        }
    }

    public List<SealView> getCancellable() {
        return cancellable;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
