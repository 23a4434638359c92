package org.sealdesk.unlock.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.seal.SealView;
import org.sealdesk.unlock.UnlockService;
import org.sealdesk.web.Feedback;

/** 解锁 on the seals page: the dialog says what unlocking does and what it costs, then orders it. */
@Named
@ViewScoped
public class UnlockDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "unlockForm";

    @Inject
    transient UnlockService unlocking;

    /** What unlocking the ukey of the seal whose 解锁 was pressed means; null until one was. */
    private HeldSeals.Offer offer;

    /** 解锁 pressed on {@code seal}'s card. */
    public void prepare(SealView seal) {
        try {
            offer = unlocking.offer(seal.esId());
        } catch (RuleViolation refused) {
            offer = null;
            Feedback.error(null, refused);
        }
    }

    /** The unlock ordered: on to payment. */
    public String unlock() {
        try {
            return "/account/pay.xhtml?faces-redirect=true&number=" + unlocking.order(offer.esIds().get(0));
        } catch (RuleViolation refused) {
            Feedback.error(FORM, refused);
            return null;
        }
    }

    public HeldSeals.Offer getOffer() {
        return offer;
    }
}
