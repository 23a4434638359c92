package org.sealdesk.reissue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sealdesk.account.web.SmsCodeSender;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.web.MailingFields;
import org.sealdesk.reissue.ReissueService;
import org.sealdesk.seal.SealView;
import org.sealdesk.web.Feedback;

/**
 * 补办 on the seals page: the dialog says what reissuing does, asks where to post the new ukey and for the SMS code
 * that confirms it, then orders it.
 */
@Named
@ViewScoped
public class ReissueDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reissueForm";

    @Inject
    transient ReissueService reissuing;

    @Inject
    transient SmsCodeSender codeSender;

    /** What reissuing the ukey of the seal whose 补办 was pressed means; null until one was. */
    private HeldSeals.Offer offer;
    private final MailingFields mailing = new MailingFields();
    private String code;

    /** 补办 pressed on {@code seal}'s card. */
    public void prepare(SealView seal) {
        try {
            offer = reissuing.offer(seal.esId());
            code = null;
        } catch (RuleViolation refused) {
            offer = null;
            Feedback.error(null, refused);
        }
    }

    public void sendCode() {
        codeSender.send(null, FORM + ":code", () -> reissuing.requestCode());
    }

    /** The reissue ordered: on to payment. Refusals next to their fields, everything typed kept. */
    public String reissue() {
        try {
            return "/account/pay.xhtml?faces-redirect=true&number=" + reissuing.order(offer.esIds().get(0), code,
                    mailing.toDetails());
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
            return null;
        }
    }

    public HeldSeals.Offer getOffer() {
        return offer;
    }

    public MailingFields getMailing() {
        return mailing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
