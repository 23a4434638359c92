package org.sealdesk.seal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sealdesk.account.web.SmsCodeSender;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.change.ChangeService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.SealType;
import org.sealdesk.order.web.MailingFields;
import org.sealdesk.reissue.ReissueService;
import org.sealdesk.renewal.RenewalService;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;
import org.sealdesk.unlock.UnlockService;
import org.sealdesk.web.Feedback;

/** 证章信息: the applicant's seals, where renewal, change, unlock, reissue and cancellation start. */
@Named
@ViewScoped
public class SealsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CANCEL_FORM = "cancelForm";
    static final String RENEW_FORM = "renewForm";
    static final String UNLOCK_FORM = "unlockForm";
    static final String REISSUE_FORM = "reissueForm";

    @Inject
    transient SealService seals;

    @Inject
    transient SmsCodeSender codeSender;

    @Inject
    transient RenewalService renewal;

    @Inject
    transient UnlockService unlocking;

    @Inject
    transient ChangeService changes;

    @Inject
    transient ReissueService reissuing;

    private List<SealView> mine;
    /** The active seals on the ukey of the seal whose 注销 was pressed: those that may be cancelled together. */
    private List<SealView> cancellable = List.of();
    private List<String> chosen = new ArrayList<>();
    private String code;
    /** What renewing the ukey of the seal whose 续期 was pressed means; null until one was. */
    private RenewalService.Offer offer;
    private Integer years;
    /** What unlocking the ukey of the seal whose 解锁 was pressed means; null until one was. */
    private HeldSeals.Offer unlockOffer;
    /** What reissuing the ukey of the seal whose 补办 was pressed means; null until one was. */
    private HeldSeals.Offer reissueOffer;
    private final MailingFields mailing = new MailingFields();
    private String reissueCode;

    /** viewAction */
    public void load() {
        mine = seals.mine();
    }

    /** 注销 pressed on {@code seal}'s card: the dialog offers the active seals of its ukey, that one chosen. */
    public void prepareCancellation(SealView seal) {
        cancellable = mine.stream().filter(each -> each.orderNumber().equals(seal.orderNumber())
                && each.status() == SealStatus.ACTIVE).toList();
        chosen = new ArrayList<>(List.of(seal.esId()));
        code = null;
    }

    /** 续期 pressed on {@code seal}'s card: the dialog shows its ukey's seals, the renewal window and the prices. */
    public void prepareRenewal(SealView seal) {
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
            Feedback.error(RENEW_FORM + ":years", "seals.renew.yearsRequired");
            return null;
        }
        try {
            return "/account/pay.xhtml?faces-redirect=true&number=" + renewal.order(offer.esIds().get(0), years);
        } catch (RuleViolation refused) {
            Feedback.error(RENEW_FORM + ":years", refused);
            return null;
        }
    }

    /** The seals the open renewal dialog renews, as their cards name them. */
    public String getRenewing() {
        return offer == null ? "" : String.join("、", mine.stream().filter(seal -> offer.esIds().contains(seal.esId()))
                .map(seal -> Feedback.text("sealType." + seal.type()) + "（" + seal.text() + "）").toList());
    }

    /** 变更 pressed on a unit seal's card: on to the wizard of the change of its ukey's seals (begun, or new). */
    public String change(SealView seal) {
        try {
            return "/account/apply.xhtml?faces-redirect=true&order=" + changes.start(seal.esId());
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            return null;
        }
    }

    /** A unit's seals change together, from its unit seal's card, once received. */
    public boolean isChangeable(SealView seal) {
        return isRenewable(seal) && seal.type() == SealType.ENTERPRISE;
    }

    /** 解锁 pressed on {@code seal}'s card: the dialog says what unlocking does and what it costs. */
    public void prepareUnlock(SealView seal) {
        try {
            unlockOffer = unlocking.offer(seal.esId());
        } catch (RuleViolation refused) {
            unlockOffer = null;
            Feedback.error(null, refused);
        }
    }

    /** The unlock ordered: on to payment. */
    public String unlock() {
        try {
            return "/account/pay.xhtml?faces-redirect=true&number=" + unlocking.order(unlockOffer.esIds().get(0));
        } catch (RuleViolation refused) {
            Feedback.error(UNLOCK_FORM, refused);
            return null;
        }
    }

    /** 补办 pressed on {@code seal}'s card: the dialog says what reissuing does and asks where to post the ukey. */
    public void prepareReissue(SealView seal) {
        try {
            reissueOffer = reissuing.offer(seal.esId());
            reissueCode = null;
        } catch (RuleViolation refused) {
            reissueOffer = null;
            Feedback.error(null, refused);
        }
    }

    public void sendReissueCode() {
        codeSender.send(null, REISSUE_FORM + ":code", () -> reissuing.requestCode());
    }

    /** The reissue ordered: on to payment. Refusals next to their fields, everything typed kept. */
    public String reissue() {
        try {
            return "/account/pay.xhtml?faces-redirect=true&number=" + reissuing.order(reissueOffer.esIds().get(0),
                    reissueCode, mailing.toDetails());
        } catch (RuleViolation refused) {
            Feedback.reject(REISSUE_FORM, refused);
            return null;
        }
    }

    public HeldSeals.Offer getReissueOffer() {
        return reissueOffer;
    }

    public MailingFields getMailing() {
        return mailing;
    }

    public String getReissueCode() {
        return reissueCode;
    }

    public void setReissueCode(String reissueCode) {
        this.reissueCode = reissueCode;
    }

    public HeldSeals.Offer getUnlockOffer() {
        return unlockOffer;
    }

    public boolean isRenewable(SealView seal) {
        return seal.status() == SealStatus.ACTIVE && seal.certificateStatus() == CertificateStatus.VALID;
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

    public void sendCode() {
        codeSender.send(null, CANCEL_FORM + ":code", () -> seals.requestCancellationCode());
    }

    public void cancel() {
        try {
            String order = seals.cancel(chosen, code);
            Feedback.info(null, "seals.cancel.done", order);
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
            load();
        } catch (RuleViolation refused) {
            Feedback.error(refused.messageKey().startsWith("sms.code") ? CANCEL_FORM + ":code"
                    : CANCEL_FORM + ":chosen", refused);
        }
    }

    public boolean isCancellable(SealView seal) {
        return seal.status() == SealStatus.ACTIVE;
    }

    public List<SealView> getMine() {
        return mine;
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
