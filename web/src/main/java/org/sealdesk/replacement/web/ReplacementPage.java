package org.sealdesk.replacement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.web.ApplicationPage;
import org.sealdesk.partner.web.PartnerReferral;
import org.sealdesk.replacement.ReplacementService;
import org.sealdesk.web.Feedback;

/**
 * ukey 更换 (manual 1.2.6), from 企业公章办理 or 个人印章办理: the page's script has the connector read the former CA's
 * ukey and the server prove it; the applicant then agrees to the replacement (允许替换) and continues in the wizard.
 */
@Named
@ViewScoped
public class ReplacementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReplacementService replacement;

    @Inject
    AccountService accounts;

    @Inject
    PartnerReferral referral;

    /** What the applicant chose on the home page: NEW_ENTERPRISE_SEAL or NEW_PERSONAL_SEAL. */
    private String kind;

    /** The proven challenge, set by the page's script. */
    private Long proofId;

    /** viewAction: only a verified applicant, only where replacement is offered, only for the two applications. */
    public String load() {
        if (newKind() == null) {
            return "/index.xhtml?faces-redirect=true";
        }
        if (!accounts.currentApplicant().identityVerified()) {
            Feedback.infoAfterRedirect("order.realNameRequired");
            return "/account/real-name.xhtml?faces-redirect=true";
        }
        if (!replacement.offered()) {
            Feedback.infoAfterRedirect("replacement.notOffered");
            return "/index.xhtml?faces-redirect=true";
        }
        return null;
    }

    /** 允许替换: the draft, filled from the former certificate, opens in the wizard. */
    public String allow() {
        if (proofId == null) {
            Feedback.error(null, "replacement.challengeUnknown");
            return null;
        }
        try {
            OrderKind chosen = newKind();
            return ApplicationPage.outcomeFor(replacement.startDraft(chosen, proofId,
                    referral.consumeFor(chosen.replacement())));
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            return null;
        }
    }

    /** Demo mode's test former CA: the page offers a former ukey's key and certificate to try with. */
    public boolean isDemo() {
        return replacement.demo();
    }

    /** The order kind the page is about, for its title. */
    public OrderKind getReplacementKind() {
        return newKind() == null ? null : newKind().replacement();
    }

    /** The application chosen, if it is one that has a ukey replacement. */
    private OrderKind newKind() {
        try {
            OrderKind chosen = OrderKind.valueOf(kind);
            chosen.replacement();
            return chosen;
        } catch (IllegalArgumentException | NullPointerException notOne) {
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getProofId() {
        return proofId;
    }

    public void setProofId(Long proofId) {
        this.proofId = proofId;
    }
}
