package org.sealdesk.renewal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.renewal.RenewalService;
import org.sealdesk.seal.SealView;
import org.sealdesk.seal.web.SealsPage;
import org.sealdesk.web.Feedback;

/** 续期 on the seals page: the dialog shows the ukey's seals, the renewal window and the prices, then orders it. */
@Named
@ViewScoped
public class RenewalDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "renewForm";

    @Inject
    transient RenewalService renewal;

    @Inject
    SealsPage page;

    /** What renewing the ukey of the seal whose 续期 was pressed means; null until one was. */
    private RenewalService.Offer offer;
    private Integer years;

    /** 续期 pressed on {@code seal}'s card. */
    public void prepare(SealView seal) {
        try {
            offer = renewal.offer(seal.esId());
            years = offer.prices().isEmpty() ? null : offer.prices().get(0).years();
        } catch (RuleViolation refused) {
            offer = null;
            Feedback.error(null, refused);
        }
    }

    /** The renewal ordered: on to payment. Refusals next to the years, the choice kept. */
    public String renew() {
        if (years == null) {
            Feedback.error(FORM + ":years", "seals.renew.yearsRequired");
            return null;
        }
        try {
            return "/account/pay.xhtml?faces-redirect=true&number=" + renewal.order(offer.esIds().get(0), years);
        } catch (RuleViolation refused) {
            Feedback.error(FORM + ":years", refused);
            return null;
        }
    }

    /** The seals the dialog renews, as their cards name them. */
    public String getRenewing() {
        return offer == null ? "" : String.join("、", page.getMine().stream()
                .filter(seal -> offer.esIds().contains(seal.esId()))
                .map(seal -> Feedback.text("sealType." + seal.type()) + "（" + seal.text() + "）").toList());
    }

    public RenewalService.Offer getOffer() {
        return offer;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }
}
