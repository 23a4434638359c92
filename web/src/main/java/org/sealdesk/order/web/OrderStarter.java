package org.sealdesk.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.partner.web.PartnerReferral;
import org.sealdesk.replacement.ReplacementService;
import org.sealdesk.web.Feedback;

/** 企业公章办理 / 个人印章办理 on the home page: a new draft, then its wizard. */
@Named
@RequestScoped
public class OrderStarter {

    @Inject
    OrderService orders;

    @Inject
    PartnerReferral referral;

    @Inject
    ReplacementService replacement;

    /** Whether ukey 更换 is offered beside each application (for a signed-in applicant). */
    public boolean isReplacementOffered() {
        return replacement.offered();
    }

    public String start(String kind) {
        try {
            OrderKind orderKind = OrderKind.valueOf(kind);
            return ApplicationPage.outcomeFor(orders.startDraft(orderKind, referral.consumeFor(orderKind)));
        } catch (RuleViolation refused) { // not verified yet: verify first (manual 1.2.4)
            Feedback.infoAfterRedirect(refused.messageKey());
            return "/account/real-name.xhtml?faces-redirect=true";
        }
    }
}
